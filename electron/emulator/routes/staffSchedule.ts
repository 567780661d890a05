import { workingSlots } from '../domain/availability';
import { userLocation } from '../http/auth';
import { ok } from '../http/envelope';
import { FieldCollector } from '../http/errors';
import { asInt, isObject, readBody } from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import type { MinuteSlot, StaffMember } from '../store/types';
import { hhmm, isDate } from '../time';

const MAX_DATES = 366;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

interface DayChange {
  member: StaffMember;
  dates: string[];
  /** [] = a day off (`schedules_to_delete`). */
  slots: MinuteSlot[];
}

function minutesOf(value: string): number {
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

/**
 * Working slots of one `schedules_to_set` item. A location's day is 00:00–24:00 (Altegio's API exposes no
 * opening hours), so a slot must lie inside it: from < to, no slot across midnight, no overlaps.
 */
function readSlots(raw: unknown, field: string, errors: FieldCollector): MinuteSlot[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    errors.add(field, 'At least one working slot is required; use schedules_to_delete for a day off.');
    return [];
  }
  const slots: MinuteSlot[] = [];
  raw.forEach((item: unknown, index) => {
    const at = `${field}.${index}`;
    const from = isObject(item) && typeof item.from === 'string' ? item.from : '';
    const to = isObject(item) && typeof item.to === 'string' ? item.to : '';
    if (!TIME_RE.test(from) || from === '24:00') errors.add(`${at}.from`, 'Invalid time, expected HH:MM.');
    if (!TIME_RE.test(to)) errors.add(`${at}.to`, 'Invalid time, expected HH:MM.');
    if (!TIME_RE.test(from) || !TIME_RE.test(to)) return;
    if (minutesOf(from) >= minutesOf(to)) {
      errors.add(`${at}.to`, 'The end of a slot must be later than its start.');
      return;
    }
    slots.push({ from: minutesOf(from), to: minutesOf(to) });
  });
  const sorted = [...slots].sort((a, b) => a.from - b.from);
  if (sorted.some((slot, i) => i > 0 && slot.from < (sorted[i - 1]?.to ?? 0))) {
    errors.add(field, 'Working slots must not overlap.');
  }
  return sorted;
}

function readChanges(
  state: EmulatorState,
  locationId: number,
  raw: unknown,
  key: string,
  errors: FieldCollector,
  withSlots: boolean,
): DayChange[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.add(key, 'Must be an array.');
    return [];
  }
  const changes: DayChange[] = [];
  raw.forEach((item: unknown, index) => {
    const at = `${key}.${index}`;
    const entry = isObject(item) ? item : {};
    const staffId = asInt(entry.staff_id);
    const member = staffId === undefined ? undefined : state.store.staff.get(staffId);
    if (!member || member.locationId !== locationId || member.removed || member.fired) {
      errors.add(`${at}.staff_id`, 'Team member not found.');
    }
    const dates = Array.isArray(entry.dates) ? entry.dates : [];
    if (dates.length === 0 || dates.length > MAX_DATES) errors.add(`${at}.dates`, 'From 1 to 366 dates.');
    dates.forEach((date: unknown, i) => {
      if (typeof date !== 'string' || !isDate(date))
        errors.add(`${at}.dates.${i}`, 'Invalid date, YYYY-MM-DD.');
    });
    const slots = withSlots ? readSlots(entry.slots, `${at}.slots`, errors) : [];
    if (member) changes.push({ member, dates: dates.map(String), slots });
  });
  return changes;
}

export function registerStaffScheduleRoutes(app: ApiApp, state: EmulatorState): void {
  /**
   * Sets (or clears to a day off) single dates of team members' schedules, all or nothing. The reply lists
   * the changed days in the shape of the GET (*inferred*: the docs the project has do not show it).
   */
  app.put('/company/:loc/staff/schedule', async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const body = await readBody(c);
    const errors = new FieldCollector();
    const set = readChanges(state, location.id, body.schedules_to_set, 'schedules_to_set', errors, true);
    const cleared = readChanges(
      state,
      location.id,
      body.schedules_to_delete,
      'schedules_to_delete',
      errors,
      false,
    );
    if (set.length === 0 && cleared.length === 0 && errors.empty) {
      errors.add('schedules_to_set', 'Nothing to change: give schedules_to_set or schedules_to_delete.');
    }
    errors.throwIfAny(422);
    const changed: Array<{ member: StaffMember; date: string }> = [];
    for (const change of [...cleared, ...set]) {
      for (const date of change.dates) {
        change.member.hoursByDate = { ...change.member.hoursByDate, [date]: change.slots };
        changed.push({ member: change.member, date });
      }
    }
    return ok(
      c,
      changed.map(({ member, date }) => ({
        staff_id: member.id,
        date,
        slots: workingSlots(member, date).map((s) => ({ from: hhmm(s.from), to: hhmm(s.to) })),
      })),
    );
  });
}
