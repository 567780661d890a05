// The dialog's form and times, apart from model.ts's checks: the calendar's first paint needs these and not zod.
import { DateTime } from 'luxon';
import type { LateMode } from '../../../../shared/domain/runningLate';

export const DEFAULT_DELAY = 20;

/** What the dialog's fields hold, as typed. */
export interface LateForm {
  teamMemberId: number | null;
  /** The local date the push is on (the shown date, or the appointment's). */
  date: string;
  /** "HH:mm" on the location's clock. */
  time: string;
  minutes: string;
  mode: LateMode;
}

/** Now rounded down to 5 minutes, on the location's clock. */
export function defaultTime(nowMs: number, zone: string): string {
  const now = DateTime.fromMillis(nowMs, { zone });
  return now.set({ minute: now.minute - (now.minute % 5) }).toFormat('HH:mm');
}

/** "HH:mm" of an ISO time on the location's clock. */
export const clockTime = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone).toFormat('HH:mm');
