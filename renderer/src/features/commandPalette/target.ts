import { useEffect, useRef } from 'react';
import { DateTime } from 'luxon';
import type { BookingClient } from '../clients';

/** What the calendar page lets the command palette do there, while it is mounted. */
export interface CalendarTarget {
  /** The date the calendar shows. */
  shownDate: () => string;
  /** Opens the new-appointment dialog for this client, at `time` ("HH:mm") of the day shown, or the next slot. */
  book: (client: BookingClient, time: string | null) => void;
  goTo: (date: string) => void;
  /** Opens the walk-in finder with this text typed in its services field. */
  walkIn: (service: string) => void;
  /** Its day in the calendar, and its details. */
  show: (appointment: { id: number; start: string }) => void;
}

/**
 * The start of a booking at `time` on `date`, at the location (a time DST skips moves on, as Luxon does).
 * Here, not in model.ts: the calendar needs it for its first paint, the phrase reader can wait.
 */
export function startAt(date: string, time: string, zone: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

let current: { target: { current: CalendarTarget } } | null = null;
/** How long an action waits for the calendar to come up before it is dropped. */
const PENDING_FOR_MS = 10_000;
let pending: { action: (target: CalendarTarget) => void; at: number } | null = null;

/**
 * The calendar page offers itself to the palette; an action asked for before it was shown runs once
 * `ready` (its calendar drawn).
 */
export function useCalendarTarget(target: CalendarTarget, ready: boolean): void {
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });
  useEffect(() => {
    if (!ready) return;
    const entry = { target: latest };
    current = entry;
    if (pending) {
      const { action, at } = pending;
      pending = null;
      // Asked for while the calendar was coming up; one that never came up (a failed load, another
      // section chosen) must not spring an old request on the desk later.
      if (Date.now() - at < PENDING_FOR_MS) action(latest.current);
    }
    return () => {
      if (current === entry) current = null;
    };
  }, [ready]);
}

/** Runs an action on the calendar: now when it is shown, else once `open()` has brought it up. */
export function onCalendar(action: (target: CalendarTarget) => void, open: () => void): void {
  if (current) {
    action(current.target.current);
    return;
  }
  pending = { action, at: Date.now() };
  open();
}
