import { DateTime } from 'luxon';
import type { ChangesInput, DateRange, MoveInput, SetStatusInput } from '../../../shared/calendar';
import { appointmentToInput } from '../../../shared/domain/appointment';
import type { z } from 'zod';
import type { Session } from '../session';
import { ensureUnchanged } from './conflicts';

/**
 * How far back each poll looks beyond its cursor, so a clock difference between this computer and
 * Altegio cannot hide a change. The renderer drops what it already has (same lastChangedAt).
 */
const CHANGES_OVERLAP_SECONDS = 120;

export function createCalendarHandlers(session: Session, now: () => number) {
  const nowIn = (zone: string) => DateTime.fromMillis(now(), { zone }).toISO({ suppressMilliseconds: true })!;
  return {
    'team.list': () => session.withClient((client, location) => client.teamMembers.list(location)),

    'team.workingHours': (range: DateRange) =>
      session.withClient((client, location) => client.teamMembers.workingDays(location, range)),

    'appointments.list': (range: DateRange) =>
      session.withClient(async (client, location) => {
        const cursor = nowIn(location.timezone);
        const appointments = await client.appointments.list(location, range);
        return { appointments: appointments.filter((appointment) => !appointment.deleted), cursor };
      }),

    'appointments.changes': ({ cursor }: z.output<typeof ChangesInput>) =>
      session.withClient(async (client, location) => {
        const next = nowIn(location.timezone);
        const since = DateTime.fromISO(cursor).minus({ seconds: CHANGES_OVERLAP_SECONDS });
        const appointments = await client.appointments.changedSince(
          location,
          since.setZone(location.timezone).toISO()!,
        );
        return { appointments, cursor: next };
      }),

    'appointments.get': ({ id }: { id: number }) =>
      session.withClient((client, location) => client.appointments.get(location, id)),

    'appointments.move': (input: z.output<typeof MoveInput>) =>
      session.withClient(async (client, location) => {
        const current = await client.appointments.get(location, input.id);
        ensureUnchanged(current, input.expectedLastChangedAt, input.overwrite, location.timezone);
        return client.appointments.update(
          location,
          input.id,
          {
            ...appointmentToInput(current),
            teamMemberId: input.teamMemberId,
            start: input.start,
            durationSeconds: input.durationSeconds,
          },
          { saveIfBusy: input.saveIfBusy },
        );
      }),

    'appointments.setStatus': (input: z.output<typeof SetStatusInput>) =>
      session.withClient(async (client, location) => {
        const current = await client.appointments.get(location, input.id);
        ensureUnchanged(current, input.expectedLastChangedAt, input.overwrite, location.timezone);
        return client.appointments.update(location, input.id, {
          ...appointmentToInput(current),
          status: input.status,
        });
      }),
  };
}
