import { useCallback } from 'react';
import { appointmentToInput, type Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { call } from '../../api';
import type { Notice } from '../calendar/useMoveAppointment';
import { formatWhen } from './format';

interface UndoDeps {
  zone: string;
  teamMembers: readonly TeamMember[];
  apply: (appointments: Appointment[]) => void;
  notify: (notice: Notice) => void;
}

/** After a cancel: tell the desk, with Undo booking the same appointment again (exactly once). */
export function useUndoCancel({ zone, teamMembers, apply, notify }: UndoDeps) {
  return useCallback(
    (deleted: Appointment) => {
      apply([deleted]);
      // One apiId for every attempt of this undo, so a retry after a lost reply cannot book it twice.
      const input = { ...appointmentToInput(deleted), apiId: deleted.apiId ?? `fd-${crypto.randomUUID()}` };
      const restore = async (retry: boolean) => {
        try {
          const restored = await call('appointments.create', { input, saveIfBusy: true, retry });
          apply([restored]);
          notify({ severity: 'success', message: 'Appointment restored' });
        } catch (error) {
          notify({
            severity: 'error',
            message: `Not restored: ${error instanceof Error ? error.message : 'unknown error'}`,
            action: { label: 'Retry', run: () => void restore(true) },
          });
        }
      };
      const member = teamMembers.find((item) => item.id === deleted.teamMemberId)?.name;
      notify({
        severity: 'success',
        message: `Cancelled ${deleted.client?.name ?? 'the appointment'} · ${formatWhen(deleted.start, zone)}${member ? ` · ${member}` : ''}`,
        action: { label: 'Undo', run: () => void restore(false) },
      });
    },
    [zone, teamMembers, apply, notify],
  );
}
