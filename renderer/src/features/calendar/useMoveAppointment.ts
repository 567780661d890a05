import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';
import type { EventDropArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { DateTime } from 'luxon';
import type { MoveInput } from '../../../../shared/calendar';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { BridgeError, call } from '../../api';
import type { AppointmentRegistry } from './appointmentRegistry';
import { applyAppointments } from './applyAppointments';

export interface Notice {
  message: string;
  severity: 'success' | 'error' | 'warning' | 'info';
  action?: { label: string; run: () => void };
}

interface MoveDeps {
  calendarRef: RefObject<FullCalendar | null>;
  registry: AppointmentRegistry;
  zone: string;
  teamMembers: RefObject<TeamMember[]>;
  notify: (notice: Notice) => void;
}

/** Drag and resize: saved at once, undoable, and put back with the reason when Altegio says no. */
export function useMoveAppointment({ calendarRef, registry, zone, teamMembers, notify }: MoveDeps) {
  const deps = useRef({ zone, notify });
  useEffect(() => {
    deps.current = { zone, notify };
  }, [zone, notify]);

  const save = useMemo(() => {
    const run = async (input: MoveInput, original: Appointment, revert?: () => void): Promise<void> => {
      const { zone: clock, notify: tell } = deps.current;
      try {
        const saved = await call('appointments.move', input);
        applyAppointments(calendarRef.current?.getApi(), registry, [saved]);
        const member = teamMembers.current?.find((item) => item.id === saved.teamMemberId);
        const time = DateTime.fromISO(saved.start).setZone(clock).toFormat('HH:mm');
        tell({
          severity: 'success',
          message: `Moved to ${time}${member ? ` with ${member.name}` : ''}`,
          action: {
            label: 'Undo',
            run: () =>
              void run(
                {
                  id: original.id,
                  teamMemberId: original.teamMemberId,
                  start: original.start,
                  durationSeconds: original.durationSeconds,
                  expectedLastChangedAt: saved.lastChangedAt,
                  saveIfBusy: true,
                },
                saved,
              ),
          },
        });
      } catch (error) {
        revert?.();
        const problem = error instanceof BridgeError ? error : null;
        const message = problem?.message ?? 'The appointment could not be moved.';
        if (problem?.code === 'SLOT_BUSY') {
          tell({
            severity: 'warning',
            message: `Not moved: ${message}`,
            action: { label: 'Save anyway', run: () => void run({ ...input, saveIfBusy: true }, original) },
          });
        } else if (problem?.code === 'CONFLICT') {
          tell({
            severity: 'warning',
            message,
            action: { label: 'Overwrite', run: () => void run({ ...input, overwrite: true }, original) },
          });
        } else {
          tell({ severity: 'error', message: `Not moved: ${message}` });
        }
      }
    };
    return run;
  }, [calendarRef, registry, teamMembers]);

  const onDrop = useCallback(
    (arg: EventDropArg | EventResizeDoneArg) => {
      const appointment = arg.event.extendedProps['appointment'] as Appointment | undefined;
      const start = arg.event.start;
      const end = arg.event.end;
      if (!appointment || !start || !end) return arg.revert();
      const newResource = 'newResource' in arg ? arg.newResource : null;
      void save(
        {
          id: appointment.id,
          teamMemberId: newResource ? Number(newResource.id) : appointment.teamMemberId,
          start: DateTime.fromJSDate(start).setZone(deps.current.zone).toISO({ suppressMilliseconds: true })!,
          durationSeconds: Math.round((end.getTime() - start.getTime()) / 1000),
          expectedLastChangedAt: appointment.lastChangedAt,
        },
        appointment,
        arg.revert,
      );
    },
    [save],
  );

  return { onDrop };
}
