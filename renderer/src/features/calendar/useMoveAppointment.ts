import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { EventDropArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import type { MoveInput } from '../../../../shared/contract/appointments';
import type { Appointment } from '../../../../shared/domain/appointment';
import { versionOf } from '../../../../shared/domain/appointmentVersioning';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { BridgeError, call, problemText } from '../../api';
import type { Notice } from '../../components/NoticeBar';
import { changedElsewhereText, wordIssue } from '../../errors';
import { isoDateTime } from '../../time';
import { recordSave } from '../appointments';
import type { VisitMoveEntry } from '../visitMove';
import { isolate } from '../../components/isolate';
import { i18n, params } from '../../i18n';

const messages = i18n('calendar/useMoveAppointment', {
  show: 'Show',
  moved: params('Moved to {time}'),
  movedWith: params('Moved to {time} with {name}'),
  undo: 'Undo',
  failed: 'The appointment could not be moved.',
  notMoved: params('Not moved: {reason}'),
  saveAnyway: 'Save anyway',
  overwrite: 'Overwrite',
});

interface MoveDeps {
  locationId: number;
  zone: string;
  teamMembers: RefObject<TeamMember[]>;
  notify: (notice: Notice) => void;
  /** A Shift-drag of an appointment whose visit has others moves the whole visit instead. */
  wholeVisit?: VisitMoveEntry;
  /** Shows an appointment and its details (after a move another desk changed right after). */
  show?: (appointment: Appointment) => void;
}

/** Drag and resize: saved at once, undoable, and put back with the reason when Altegio says no. */
export function useMoveAppointment({ locationId, zone, teamMembers, notify, wholeVisit, show }: MoveDeps) {
  const queryClient = useQueryClient();
  const deps = useRef({ zone, notify, wholeVisit, show });
  useEffect(() => {
    deps.current = { zone, notify, wholeVisit, show };
  }, [zone, notify, wholeVisit, show]);

  const save = useMemo(() => {
    const run = async (input: MoveInput, original: Appointment, revert?: () => void): Promise<void> => {
      const { zone: clock, notify: tell } = deps.current;
      const t = messages.get();
      try {
        const saved = await recordSave(queryClient, locationId, () => call('appointments.move', input));
        if (saved.changedElsewhere?.length) {
          const showIt = deps.current.show;
          tell({
            severity: 'warning',
            message: changedElsewhereText(saved.changedElsewhere),
            ...(showIt ? { action: { label: t.show, run: () => showIt(saved) } } : {}),
          });
          return;
        }
        const member = teamMembers.current?.find((item) => item.id === saved.teamMemberId);
        const time = DateTime.fromISO(saved.start).setZone(clock).toFormat('HH:mm');
        tell({
          severity: 'success',
          message: member ? t.movedWith({ time, name: isolate(member.name) }) : t.moved({ time }),
          action: {
            label: t.undo,
            run: () =>
              void run(
                {
                  locationId,
                  id: original.id,
                  teamMemberId: original.teamMemberId,
                  start: original.start,
                  durationSeconds: original.durationSeconds,
                  expectedLastChangedAt: saved.lastChangedAt,
                  seen: versionOf(saved),
                  saveIfBusy: true,
                },
                saved,
              ),
          },
        });
      } catch (error) {
        revert?.();
        const problem = error instanceof BridgeError ? error : null;
        const message = problemText(error, t.failed);
        if (problem?.code === 'SLOT_BUSY') {
          tell({
            severity: 'warning',
            message: t.notMoved({ reason: message }),
            action: { label: t.saveAnyway, run: () => void run({ ...input, saveIfBusy: true }, original) },
          });
        } else if (problem?.code === 'CONFLICT') {
          tell({
            severity: 'warning',
            message,
            action: { label: t.overwrite, run: () => void run({ ...input, overwrite: true }, original) },
          });
        } else {
          tell({ severity: 'error', message: t.notMoved({ reason: message }) });
        }
      }
    };
    return run;
  }, [queryClient, locationId, teamMembers]);

  const onDrop = useCallback(
    (arg: EventDropArg | EventResizeDoneArg) => {
      const appointment = arg.event.extendedProps['appointment'] as Appointment | undefined;
      const start = arg.event.start;
      const end = arg.event.end;
      if (!appointment || !start || !end) return arg.revert();
      const visit = deps.current.wholeVisit;
      if ('delta' in arg && arg.jsEvent.shiftKey && visit?.canMove(appointment)) {
        // The dialog previews and moves every appointment of the visit; the card goes back until then.
        arg.revert();
        if ('newResource' in arg && arg.newResource) {
          deps.current.notify({ severity: 'warning', message: wordIssue('issue.visitMove.sameColumn') });
          return;
        }
        const { days, milliseconds } = arg.delta;
        visit.open(appointment, { days, minutes: Math.round(milliseconds / 60_000) });
        return;
      }
      const newResource = 'newResource' in arg ? arg.newResource : null;
      void save(
        {
          locationId,
          id: appointment.id,
          teamMemberId: newResource ? Number(newResource.id) : appointment.teamMemberId,
          start: isoDateTime(DateTime.fromJSDate(start).setZone(deps.current.zone)),
          durationSeconds: Math.round((end.getTime() - start.getTime()) / 1000),
          expectedLastChangedAt: appointment.lastChangedAt,
          seen: versionOf(appointment),
        },
        appointment,
        arg.revert,
      );
    },
    [save, locationId],
  );

  return { onDrop };
}
