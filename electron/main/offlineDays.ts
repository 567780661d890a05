import { z } from 'zod';
import { Appointment } from '../../shared/domain/appointment';
import { IsoDate, IsoDateTime } from '../../shared/domain/common';
import { TeamMember, WorkingDay } from '../../shared/domain/teamMember';
import type { KeptDays, OfflineStorage } from '../../shared/contract/offline';
import { DateTime, isoDateOf } from './altegio/luxon';
import type { KeyValueStore } from './store';
import type { SecretBox } from './vault';

/** Today and this many days after it (the location's clock) are always kept. */
export const AHEAD_DAYS = 7;
/** At most this many days per location: the days ahead, then the most recently synced others. */
export const MAX_DAYS = 21;
const STORE_KEY = 'offlineDays';
const WRITE_DELAY_MS = 2_000;
/** A poll that changed nothing only moves the sync time: written at most this often. */
const QUIET_WRITE_MS = 60_000;

const KeptDay = z.object({ syncedAt: z.number(), cursor: IsoDateTime, appointments: z.array(Appointment) });
type KeptDay = z.infer<typeof KeptDay>;
const KeptHours = z.object({ syncedAt: z.number(), workingDays: z.array(WorkingDay) });
const KeptLocation = z.object({
  days: z.record(IsoDate, KeptDay),
  /** The team's working hours per date (the calendar's shading), kept by the same rule as the days. */
  hours: z.record(IsoDate, KeptHours).default({}),
  team: z.object({ syncedAt: z.number(), members: z.array(TeamMember) }).nullable(),
});
type KeptLocation = z.infer<typeof KeptLocation>;
const Kept = z.record(z.string(), KeptLocation);

export interface OfflineDays {
  readonly storage: OfflineStorage;
  /** A full listing of `from`..`to`: each day of it is now known as of `syncedAt`. */
  recordList(
    locationId: number,
    range: { from: string; to: string },
    answer: { appointments: Appointment[]; cursor: string },
  ): void;
  /**
   * The changes since `since`, applied to every kept day. A day listed before `since` keeps its own sync
   * time and cursor: what changed between its listing and `since` is not in these changes.
   */
  recordChanges(
    locationId: number,
    since: string,
    answer: { appointments: Appointment[]; cursor: string },
  ): void;
  recordTeam(locationId: number, members: TeamMember[]): void;
  recordHours(locationId: number, range: { from: string; to: string }, workingDays: WorkingDay[]): void;
  days(locationId: number, from: string, to: string): KeptDays;
  team(locationId: number): { members: TeamMember[]; syncedAt: number } | null;
  /** The working hours of `from`..`to`, or null when a day of it was not kept. */
  hours(locationId: number, from: string, to: string): WorkingDay[] | null;
  /** Forgets everything, on disk too (sign-out). */
  wipe(): void;
  /** Counts the wipes: an answer asked for before a wipe must not be kept after it. */
  era(): number;
  /** Writes what is pending now instead of after the short delay. */
  flush(): void;
}

function datesOf(from: string, to: string): string[] {
  const out: string[] = [];
  const last = DateTime.fromISO(to, { zone: 'utc' });
  for (let day = DateTime.fromISO(from, { zone: 'utc' }); day <= last; day = day.plus({ days: 1 }))
    out.push(isoDateOf(day));
  return out;
}

/**
 * The days this desk loaded recently, per location, for the calendar to show while Altegio cannot be
 * reached. Sealed with the SecretBox before it touches the store; without real encryption (Linux's
 * basic_text) it stays in memory for the session, as the credentials do.
 */
export function createOfflineDays(
  store: KeyValueStore,
  box: SecretBox,
  now: () => number,
  zoneOf: (locationId: number) => string | null,
): OfflineDays {
  const persistent = box.canEncrypt();
  let kept: Record<string, KeptLocation> = persistent ? load() : {};
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writtenAt = now();
  let wipes = 0;

  function load(): Record<string, KeptLocation> {
    const sealed = store.get(STORE_KEY);
    if (sealed === undefined) return {};
    try {
      return Kept.parse(JSON.parse(box.decrypt(z.string().parse(sealed))));
    } catch {
      store.delete(STORE_KEY);
      return {};
    }
  }

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (persistent) store.set(STORE_KEY, box.encrypt(JSON.stringify(kept)));
    writtenAt = now();
  };
  const changed = () => {
    if (!persistent || timer) return;
    timer = setTimeout(flush, WRITE_DELAY_MS);
    timer.unref?.();
  };

  const at = (locationId: number): KeptLocation =>
    (kept[String(locationId)] ??= { days: {}, hours: {}, team: null });

  /** The days ahead first, then the most recently synced, at most MAX_DAYS. */
  const pruned = <T extends { syncedAt: number }>(
    locationId: number,
    byDate: Record<string, T>,
  ): Record<string, T> => {
    const zone = zoneOf(locationId) ?? 'utc';
    const today = DateTime.fromMillis(now(), { zone }).startOf('day');
    const ahead = new Set(datesOf(isoDateOf(today), isoDateOf(today.plus({ days: AHEAD_DAYS }))));
    const order = Object.entries(byDate).sort(
      ([dateA, a], [dateB, b]) =>
        Number(ahead.has(dateB)) - Number(ahead.has(dateA)) || b.syncedAt - a.syncedAt,
    );
    return Object.fromEntries(order.slice(0, MAX_DAYS));
  };

  return {
    storage: persistent ? 'encrypted' : 'memory',

    recordList(locationId, { from, to }, answer) {
      const dates = datesOf(from, to);
      if (dates.length > MAX_DAYS) return;
      const location = at(locationId);
      const syncedAt = now();
      for (const date of dates) {
        location.days[date] = {
          syncedAt,
          cursor: answer.cursor,
          appointments: answer.appointments.filter((item) => item.start.slice(0, 10) === date),
        };
      }
      location.days = pruned(locationId, location.days);
      changed();
    },

    recordChanges(locationId, since, answer) {
      const location = kept[String(locationId)];
      if (!location) return;
      const ids = new Set(answer.appointments.map((item) => item.id));
      const syncedAt = now();
      for (const [date, day] of Object.entries(location.days)) {
        const rest = day.appointments.filter((item) => !ids.has(item.id));
        const arrived = answer.appointments.filter((item) => item.start.slice(0, 10) === date);
        const covered = Date.parse(since) <= Date.parse(day.cursor);
        location.days[date] = {
          appointments: [...rest, ...arrived],
          syncedAt: covered ? syncedAt : day.syncedAt,
          cursor: covered ? answer.cursor : day.cursor,
        };
      }
      if (answer.appointments.length || now() - writtenAt >= QUIET_WRITE_MS) changed();
    },

    recordHours(locationId, { from, to }, workingDays) {
      const dates = datesOf(from, to);
      if (dates.length > MAX_DAYS) return;
      const location = at(locationId);
      const syncedAt = now();
      for (const date of dates)
        location.hours[date] = { syncedAt, workingDays: workingDays.filter((day) => day.date === date) };
      location.hours = pruned(locationId, location.hours);
      changed();
    },

    recordTeam(locationId, members) {
      at(locationId).team = { syncedAt: now(), members };
      changed();
    },

    days(locationId, from, to) {
      const location = kept[String(locationId)];
      const days = datesOf(from, to).map((date) => ({ date, day: location?.days[date] }));
      const found = days.flatMap(({ day }) => (day ? [day] : []));
      const oldest = found.reduce<KeptDay | null>((a, b) => (a && a.syncedAt <= b.syncedAt ? a : b), null);
      return {
        days: days.map(({ date, day }) => ({ date, syncedAt: day?.syncedAt ?? null })),
        appointments: found.flatMap((day) => day.appointments),
        cursor: oldest?.cursor ?? null,
      };
    },

    team: (locationId) => kept[String(locationId)]?.team ?? null,

    hours(locationId, from, to) {
      const hours = kept[String(locationId)]?.hours ?? {};
      const days = datesOf(from, to).map((date) => hours[date]);
      if (days.some((day) => day === undefined)) return null;
      return days.flatMap((day) => day?.workingDays ?? []);
    },

    era: () => wipes,

    wipe() {
      wipes += 1;
      if (timer) clearTimeout(timer);
      timer = null;
      kept = {};
      store.delete(STORE_KEY);
    },

    flush,
  };
}
