import { busyIntervals, SLOT_STEP_MINUTES, workingSlots } from '../domain/availability';
import { userLocation } from '../http/auth';
import { ok } from '../http/envelope';
import { badRequest } from '../http/errors';
import { query, queryInt, queryIntList, queryList } from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import { addDays, daysBetween, hhmm, isDate, localMinutesToMs, msToLocal, todayIn } from '../time';
import { memberOf, staffOfLocation } from './staff';

const MAX_RANGE_DAYS = 93;

function dateParam(raw: string | undefined, field: string, fallback: string): string {
  if (raw === undefined) return fallback;
  if (!isDate(raw)) throw badRequest({ [field]: ['Invalid date, expected YYYY-MM-DD'] });
  return raw;
}

export function registerTimetableRoutes(app: ApiApp, state: EmulatorState): void {
  app.get('/company/:loc/staff/schedule', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const today = todayIn(location.timezone, state.clock.nowMs());
    const start = dateParam(query(c, 'start_date'), 'start_date', today);
    const end = dateParam(query(c, 'end_date'), 'end_date', start);
    const span = daysBetween(start, end);
    if (span < 0 || span > MAX_RANGE_DAYS) throw badRequest({ end_date: ['Invalid date range'] });
    const staffIds = queryIntList(c, 'staff_ids');
    const include = queryList(c, 'include');
    const members = staffOfLocation(state, location.id).filter(
      (m) => !m.removed && (staffIds.length === 0 || staffIds.includes(m.id)),
    );
    const data = [];
    for (const member of members) {
      for (let i = 0; i <= span; i += 1) {
        const date = addDays(start, i);
        const slots = workingSlots(member, date);
        const item: Record<string, unknown> = {
          staff_id: member.id,
          date,
          slots: slots.map((s) => ({ from: hhmm(s.from), to: hhmm(s.to) })),
        };
        if (include.includes('busy_intervals')) {
          item.busy_intervals = busyIntervals(state.store, member.id, date)
            .filter((b) => msToLocal(b.startMs, location.timezone).startsWith(date))
            .sort((a, b) => a.startMs - b.startMs)
            .map((b) => ({
              from: msToLocal(b.startMs, location.timezone).slice(11, 16),
              to: msToLocal(b.endMs, location.timezone).slice(11, 16),
            }));
        }
        if (include.includes('off_day_type')) item.off_day_type = slots.length ? null : 'day_off';
        data.push(item);
      }
    }
    return ok(c, data);
  });

  app.get('/timetable/dates/:loc/:date', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const from = dateParam(c.req.param('date'), 'date', '');
    const staffId = queryInt(c, 'staff_id', 'team_member_id');
    const members =
      staffId === undefined ? staffOfLocation(state, location.id) : [memberOf(state, location.id, staffId)];
    const dates: string[] = [];
    for (let i = 0; i < 31; i += 1) {
      const date = addDays(from, i);
      if (members.some((m) => workingSlots(m, date).length > 0)) dates.push(date);
    }
    return ok(c, dates);
  });

  app.get('/timetable/seances/:loc/:staff/:date', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const member = memberOf(state, location.id, c.req.param('staff'));
    const date = dateParam(c.req.param('date'), 'date', '');
    const busy = busyIntervals(state.store, member.id, date);
    const seances = [];
    for (const slot of workingSlots(member, date)) {
      for (let minute = slot.from; minute < slot.to; minute += SLOT_STEP_MINUTES) {
        const startMs = localMinutesToMs(date, minute, location.timezone);
        const endMs = startMs + SLOT_STEP_MINUTES * 60_000;
        const free = busy.every((b) => b.endMs <= startMs || endMs <= b.startMs);
        seances.push({ time: hhmm(minute), free });
      }
    }
    return ok(c, seances);
  });
}
