import { Suspense, useState, type ReactNode } from 'react';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { lazyPart } from '../../lazyPart';
import { walkInNotice } from './walkInNotice';

const WalkInDialog = lazyPart(() => import('./WalkInDialog').then((module) => module.WalkInDialog));

interface WalkInDialogHost {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  /** The booked appointment: its day in the calendar and its details. */
  show: (appointment: Appointment) => void;
  notify: (notice: Notice) => void;
}

/** The walk-in finder as a page hosts it: `open()` from a button or key, `dialog` rendered where it fits. */
export function useWalkInDialog(host: WalkInDialogHost): { open: () => void; dialog: ReactNode } {
  const [isOpen, setOpen] = useState(false);
  const dialog = isOpen && (
    <Suspense fallback={null}>
      <WalkInDialog
        locationId={host.locationId}
        zone={host.zone}
        onClose={() => setOpen(false)}
        onBooked={(appointment, markedBy) => {
          setOpen(false);
          host.show(appointment);
          host.notify(walkInNotice(appointment, markedBy, host.zone, host.teamMembers));
        }}
      />
    </Suspense>
  );
  return { open: () => setOpen(true), dialog };
}
