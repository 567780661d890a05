import { useCallback, useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { appointmentToInput } from '../../../../shared/domain/appointmentToInput';
import type { SavedAppointment } from '../../../../shared/contract/appointments';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { call, problemText } from '../../api';
import { doneButChangedElsewhere } from '../../errors';
import type { Notice } from '../../components/NoticeBar';
import { recordSave } from './api';
import { formatWhen } from './format';
import { isolate } from '../../components/isolate';
import { i18n, params } from '../../i18n';
import { useReadOnly } from '../offline';

const messages = i18n('appointments/useUndoCancel', {
  restored: 'Appointment restored',
  notRestored: params('Not restored: {problem}'),
  unknownError: 'unknown error',
  retry: 'Retry',
  cancelled: params('Cancelled {who} · {when}'),
  theAppointment: 'the appointment',
  withMember: params('{text} · {member}'),
  undo: 'Undo',
});

interface UndoDeps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  notify: (notice: Notice) => void;
}

/** After a cancel: tell the desk, with Undo booking the same appointment again (exactly once). */
export function useUndoCancel({ locationId, zone, teamMembers, notify }: UndoDeps) {
  const queryClient = useQueryClient();
  // Read when Undo is pressed (the notice outlives the render that made it).
  const readOnly = useReadOnly();
  const readOnlyNow = useRef(readOnly);
  useEffect(() => {
    readOnlyNow.current = readOnly;
  }, [readOnly]);
  return useCallback(
    (deleted: SavedAppointment) => {
      // One apiId for every attempt of this undo, so a retry after a lost reply cannot book it twice.
      const input = { ...appointmentToInput(deleted), apiId: deleted.apiId ?? `fd-${crypto.randomUUID()}` };
      const restore = async (retry: boolean): Promise<void> => {
        const reason = readOnlyNow.current;
        if (reason) {
          // Nothing is sent: Undo stays on offer for when Altegio answers again.
          notify({
            severity: 'warning',
            message: reason,
            action: { label: messages.get().undo, run: () => void restore(retry) },
          });
          return;
        }
        try {
          await recordSave(queryClient, locationId, () =>
            call('appointments.create', { locationId, input, saveIfBusy: true, retry }),
          );
          notify({ severity: 'success', message: messages.get().restored });
        } catch (error) {
          const t = messages.get();
          notify({
            severity: 'error',
            message: t.notRestored({ problem: problemText(error, t.unknownError) }),
            action: { label: t.retry, run: () => void restore(true) },
          });
        }
      };
      const member = teamMembers.find((item) => item.id === deleted.teamMemberId)?.name;
      const t = messages.get();
      const who = deleted.client ? isolate(deleted.client.name) : t.theAppointment;
      const when = t.cancelled({ who, when: formatWhen(deleted.start, zone) });
      const cancelled = member ? t.withMember({ text: when, member: isolate(member) }) : when;
      const elsewhere = deleted.changedElsewhere ?? [];
      const message = elsewhere.length ? doneButChangedElsewhere(cancelled, elsewhere) : cancelled;
      const severity = elsewhere.length ? 'warning' : 'success';
      // Undo books it again through the same checks as any booking; some records made elsewhere fall
      // outside them, and then there is no Undo to offer (the cancel dialog said so beforehand).
      // The check needs the appointment schemas, which load after the calendar's first paint (with the
      // cancel dialog, so they are here by the time anything is cancelled).
      void import('./restorable').then(({ restorable }) =>
        notify(
          restorable(deleted)
            ? { severity, message, action: { label: t.undo, run: () => void restore(false) } }
            : { severity, message },
        ),
      );
    },
    [queryClient, locationId, zone, teamMembers, notify],
  );
}
