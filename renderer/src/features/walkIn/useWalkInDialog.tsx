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

/**
 * The walk-in finder as a page hosts it: `open()` from a button or key (or with the services field's text
 * already typed), `dialog` rendered where it fits.
 */
export function useWalkInDialog(host: WalkInDialogHost): {
  open: (serviceText?: string) => void;
  dialog: ReactNode;
} {
  const [opened, setOpened] = useState<{ serviceText: string } | null>(null);
  const setOpen = (open: boolean, serviceText = '') => setOpened(open ? { serviceText } : null);
  const dialog = opened && (
    <Suspense fallback={null}>
      <WalkInDialog
        locationId={host.locationId}
        zone={host.zone}
        serviceText={opened.serviceText}
        onClose={() => setOpen(false)}
        onBooked={(appointment, markedBy) => {
          setOpen(false);
          host.show(appointment);
          host.notify(walkInNotice(appointment, markedBy, host.zone, host.teamMembers));
        }}
      />
    </Suspense>
  );
  return { open: (serviceText) => setOpen(true, serviceText), dialog };
}
