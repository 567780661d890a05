import type { AppointmentOutsideHours, teamHoursContract } from '../../../shared/contract/teamHours';
import type { Appointment } from '../../../shared/domain/appointment';
import type { HoursSlot } from '../../../shared/domain/teamHours';
import { inputError } from '../altegio/errors';
import { DateTime, isoDateOf } from '../altegio/luxon';
import { localToIso } from '../altegio/time';
import type { SliceHandlers } from '../ipc/invoker';
import { joinTouching, type Span } from './busyRules';
import type { HandlerDeps } from './deps';

/** The slots as instants, touching ones joined (09–13 and 13–18 are one stretch of work). */
function workingSpans(date: string, slots: readonly HoursSlot[], zone: string): Span[] {
  return joinTouching(
    slots.map((slot) => ({
      start: Date.parse(localToIso(date, slot.from, zone) ?? ''),
      end: Date.parse(localToIso(date, slot.to, zone) ?? ''),
    })),
  );
}

/**
 * The member's appointments whose part on the date would not lie wholly inside the new working time.
 * Only the part on this date: what runs past midnight either way is the neighbouring date's hours' concern.
 */
function outside(
  appointments: readonly Appointment[],
  date: string,
  slots: readonly HoursSlot[],
  zone: string,
): AppointmentOutsideHours[] {
  const working = workingSpans(date, slots, zone);
  const dayStart = Date.parse(localToIso(date, '00:00', zone) ?? '');
  const dayEnd = Date.parse(localToIso(date, '24:00', zone) ?? '');
  return appointments
    .filter((a) => !a.deleted && Date.parse(a.end) > dayStart && Date.parse(a.start) < dayEnd)
    .filter((a) => {
      const start = Math.max(Date.parse(a.start), dayStart);
      const end = Math.min(Date.parse(a.end), dayEnd);
      return !working.some((slot) => slot.start <= start && end <= slot.end);
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((a) => ({
      id: a.id,
      start: a.start,
      end: a.end,
      clientName: a.client?.name || null,
      clientPhone: a.client?.phone || null,
      services: a.services.map((service) => service.title),
    }));
}

export function createTeamHoursHandlers({ session }: HandlerDeps): SliceHandlers<typeof teamHoursContract> {
  return {
    'teamHours.preview': ({ locationId, teamMemberId, date, slots }) =>
      session.withLocation(locationId, async (client, location) => {
        const zone = location.timezone;
        const members = await client.team.list(location);
        // Altegio refuses to set the hours of someone who is not on this location's team: so does the preview.
        if (!members.some((member) => member.id === teamMemberId)) {
          throw inputError('teamMemberId', 'issue.teamHours.notOnTeam');
        }
        // From the day before: an appointment of the evening before may run past midnight into this day.
        const dayBefore = isoDateOf(DateTime.fromISO(date, { zone }).minus({ days: 1 }));
        const read = await client.appointments.list(location, {
          from: dayBefore,
          to: date,
          teamMemberIds: [teamMemberId],
        });
        const own = read.appointments.filter((a) => a.teamMemberId === teamMemberId);
        return { appointmentsOutside: outside(own, date, slots, zone), unreadable: read.unreadable.length };
      }),
    'teamHours.set': ({ locationId, teamMemberId, date, slots }) =>
      session.withLocation(locationId, (client, location) =>
        client.teamHours.setDay(location, teamMemberId, date, slots),
      ),
  };
}
