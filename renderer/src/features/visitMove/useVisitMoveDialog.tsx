import { Suspense, useCallback, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { VisitOffset } from '../../../../shared/contract/visitMove';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { lazyPart } from '../../lazyPart';
import { loadedAppointments } from '../appointments';
import { NO_OFFSET, visitmatesOf } from './model';
import { visitMoveNotice } from './notice';

const VisitMoveDialog = lazyPart(() => import('./VisitMoveDialog').then((module) => module.VisitMoveDialog));

interface VisitMoveDialogHost {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  notify: (notice: Notice) => void;
}

export interface VisitMoveEntry {
  /** Whether the appointment (not a group event's seat) has a visitmate this desk has loaded. */
  canMove: (appointment: Appointment) => boolean;
  /** Opens the dialog for the appointment's visit, `offset` preset (none from the drawer). */
  open: (appointment: Appointment, offset?: VisitOffset) => void;
}

/** The drawer's "Move the whole visit" and a Shift-drag open this; `dialog` is rendered by the page. */
export function useVisitMoveDialog(host: VisitMoveDialogHost): VisitMoveEntry & { dialog: ReactNode } {
  const queryClient = useQueryClient();
  const { locationId } = host;
  const [target, setTarget] = useState<{ appointment: Appointment; offset: VisitOffset } | null>(null);
  const canMove = useCallback(
    (appointment: Appointment) =>
      !appointment.activityId &&
      visitmatesOf(appointment, loadedAppointments(queryClient, locationId)).length > 0,
    [queryClient, locationId],
  );
  const open = useCallback(
    (appointment: Appointment, offset = NO_OFFSET) => setTarget({ appointment, offset }),
    [],
  );
  const dialog = target && (
    <Suspense fallback={null}>
      <VisitMoveDialog
        key={`${target.appointment.id}:${target.offset.days}:${target.offset.minutes}`}
        locationId={locationId}
        zone={host.zone}
        teamMembers={host.teamMembers}
        grabbed={target.appointment}
        initialOffset={target.offset}
        onClose={() => setTarget(null)}
        onMoved={(result) => host.notify(visitMoveNotice(result, host.zone, host.teamMembers))}
      />
    </Suspense>
  );
  return { canMove, open, dialog };
}
