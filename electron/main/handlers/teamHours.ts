import type { AppointmentOutsideHours, teamHoursContract } from '../../../shared/contract/teamHours';
import type { Appointment } from '../../../shared/domain/appointment';
import type { HoursSlot } from '../../../shared/domain/teamHours';
import { localToIso } from '../altegio/time';
import type { SliceHandlers } from '../ipc/invoker';
import type { HandlerDeps } from './deps';

/** The member's appointments on the date that would not lie wholly inside one of the new slots. */
function outside(
  appointments: readonly Appointment[],
  date: string,
  slots: readonly HoursSlot[],
  zone: string,
): AppointmentOutsideHours[] {
  const working = slots.map((slot) => ({
    start: Date.parse(localToIso(date, slot.from, zone) ?? ''),
    end: Date.parse(localToIso(date, slot.to, zone) ?? ''),
  }));
  return appointments
    .filter((a) => !a.deleted)
    .filter((a) => {
      const start = Date.parse(a.start);
      const end = Date.parse(a.end);
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
        const day = await client.appointments.list(location, {
          from: date,
          to: date,
          teamMemberIds: [teamMemberId],
        });
        const own = day.appointments.filter((a) => a.teamMemberId === teamMemberId);
        return { appointmentsOutside: outside(own, date, slots, location.timezone) };
      }),
    'teamHours.set': ({ locationId, teamMemberId, date, slots }) =>
      session.withLocation(locationId, (client, location) =>
        client.teamHours.setDay(location, teamMemberId, date, slots),
      ),
  };
}
