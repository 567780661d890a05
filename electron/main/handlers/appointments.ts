import type { appointmentsContract, SavedAppointment } from '../../../shared/contract/appointments';
import { appointmentToInput, type Appointment } from '../../../shared/domain/appointment';
import type { AppointmentVersion } from '../../../shared/domain/appointmentVersion';
import { AppError } from '../../../shared/errors';
import type { Location } from '../../../shared/domain/location';
import type { AppointmentList } from '../altegio/appointments';
import type { AltegioClient } from '../altegio/client';
import { DateTime, isoOf } from '../altegio/luxon';
import { nowIn } from '../altegio/time';
import type { SliceHandlers } from '../ipc/invoker';
import { ensureAppointmentUnchanged, rereadAfterSave, rereadAfterSaves } from './appointmentConflicts';
import type { HandlerDeps } from './deps';

/**
 * How far back each poll looks beyond its cursor, so a clock difference between this computer and
 * Altegio cannot hide a change. The renderer drops what it already has (same lastChangedAt).
 */
const CHANGES_OVERLAP_SECONDS = 120;

/**
 * How old a cursor may be. Older (a desk asleep for weeks), the renderer reloads instead: asking Altegio
 * for every change since would pull far more than the days on screen.
 */
const MAX_CURSOR_AGE_DAYS = 31;

export function createAppointmentsHandlers({
  session,
  logger,
  now,
}: HandlerDeps): SliceHandlers<typeof appointmentsContract> {
  /** Records main cannot read are logged (ids only) and counted; they never hide the others. */
  const reportUnreadable = (list: AppointmentList, locationId: number): number => {
    if (list.unreadable.length) {
      logger.warn(`${list.unreadable.length} appointment(s) of location ${locationId} could not be read`, {
        ids: list.unreadable.slice(0, 20).map((record) => record.id),
      });
    }
    return list.unreadable.length;
  };

  type Seen = {
    locationId: number;
    id: number;
    expectedLastChangedAt: string | null;
    seen: AppointmentVersion | null;
    overwrite: boolean;
  };

  /**
   * Reads the appointment as Altegio has it now and refuses to save over a version other than the desk
   * saw (unless the user chose to), then runs the change on it.
   */
  const onCurrent = <T>(
    request: Seen,
    change: (client: AltegioClient, location: Location, current: Appointment) => Promise<T>,
  ) =>
    session.withLocation(request.locationId, async (client, location) => {
      const current = await client.appointments.get(location, request.id);
      ensureAppointmentUnchanged(current, request);
      return change(client, location, current);
    });

  /** A write over the current record, then the re-read that tells whether another desk wrote right after. */
  const saveOnCurrent = (
    request: Seen,
    write: (client: AltegioClient, location: Location, current: Appointment) => Promise<Appointment>,
  ) =>
    onCurrent(request, async (client, location, current): Promise<SavedAppointment> =>
      rereadAfterSave(client, location, await write(client, location, current)),
    );

  return {
    'appointments.list': ({ locationId, from, to }) =>
      session.withLocation(locationId, async (client, location) => {
        const cursor = nowIn(now(), location.timezone);
        // Cancelled ones too: the calendar hides them, the day summary counts them.
        const list = await client.appointments.list(location, { from, to, withDeleted: true });
        return {
          appointments: list.appointments,
          cursor,
          unreadable: reportUnreadable(list, locationId),
        };
      }),

    'appointments.changes': ({ locationId, cursor }) =>
      session.withLocation(locationId, async (client, location) => {
        const age = now() - Date.parse(cursor);
        if (age > MAX_CURSOR_AGE_DAYS * 86_400_000 || age < -86_400_000) {
          throw new AppError('VALIDATION', { reason: 'cursor' }, { fields: { cursor: 'issue.cursor' } });
        }
        const next = nowIn(now(), location.timezone);
        const since = isoOf(
          DateTime.fromISO(cursor).minus({ seconds: CHANGES_OVERLAP_SECONDS }).setZone(location.timezone),
        );
        const list = await client.appointments.changedSince(location, since);
        return {
          appointments: list.appointments,
          cursor: next,
          unreadable: reportUnreadable(list, locationId),
        };
      }),

    'appointments.move': (input) =>
      saveOnCurrent(input, (client, location, current) =>
        client.appointments.update(
          location,
          input.id,
          {
            ...appointmentToInput(current),
            teamMemberId: input.teamMemberId,
            start: input.start,
            durationSeconds: input.durationSeconds,
          },
          { saveIfBusy: input.saveIfBusy },
        ),
      ),

    'appointments.setStatus': (input) =>
      saveOnCurrent(input, (client, location, current) =>
        client.appointments.update(location, input.id, {
          ...appointmentToInput(current),
          status: input.status,
        }),
      ),

    'appointments.create': ({ locationId, input, saveIfBusy, retry }) =>
      session.withLocation(locationId, (client, location) =>
        client.appointments.create(location, input, { saveIfBusy, retry }),
      ),

    /** PUT replaces the whole record: start from the current one so what the dialog does not show survives. */
    'appointments.update': (request) =>
      saveOnCurrent(request, (client, location, current) =>
        client.appointments.update(
          location,
          request.id,
          { ...appointmentToInput(current), ...request.input },
          { saveIfBusy: request.saveIfBusy },
        ),
      ),

    'appointments.cancel': (request) =>
      onCurrent(request, async (client, location, current): Promise<SavedAppointment> => {
        await client.appointments.remove(location, request.id);
        // Another desk's edit between the check and the DELETE is cancelled with it: the re-read names it.
        // A cancelled record reads as 404, so it is found among the changes since (the cancelled ones too).
        const deleted = { ...current, deleted: true };
        const reread = (await rereadAfterSaves(client, location, [deleted])).get(deleted.id);
        return reread ? { ...reread.now, changedElsewhere: reread.changed } : deleted;
      }),
  };
}
