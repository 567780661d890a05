import { useQueryClient } from '@tanstack/react-query';
import type { AppointmentStatus } from '../../../../shared/domain/appointment';
import { versionOf } from '../../../../shared/domain/appointmentVersioning';
import { call } from '../../api';
import type { Notice } from '../../components/NoticeBar';
import { changedElsewhereText } from '../../errors';
import { findAppointment, recordSave } from './api';

/**
 * Sets an appointment's attendance from the drawer, checked against the version shown; if it was changed
 * elsewhere meanwhile, the desk is told what.
 */
export function useSetStatus(locationId: number, notify: (notice: Notice) => void) {
  const queryClient = useQueryClient();
  return async (id: number, status: AppointmentStatus) => {
    const shown = findAppointment(queryClient, locationId, id);
    const saved = await recordSave(queryClient, locationId, () =>
      call('appointments.setStatus', {
        locationId,
        id,
        status,
        expectedLastChangedAt: shown?.lastChangedAt ?? null,
        seen: shown ? versionOf(shown) : null,
      }),
    );
    if (saved.changedElsewhere?.length)
      notify({ severity: 'warning', message: changedElsewhereText(saved.changedElsewhere) });
  };
}
