import { Suspense, useState, type ReactNode } from 'react';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { lazyPart } from '../../lazyPart';
import { rebookNotice } from './rebookNotice';

const RebookDialog = lazyPart(() => import('./RebookDialog').then((module) => module.RebookDialog));

interface RebookDialogHost {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  /** The booked appointment: its day in the calendar and its details. */
  show: (appointment: Appointment) => void;
  notify: (notice: Notice) => void;
}

/** "Rebook in N weeks" as a page hosts it: `open(appointment)` from the drawer, `dialog` rendered by the page. */
export function useRebookDialog(host: RebookDialogHost): {
  open: (appointment: Appointment) => void;
  dialog: ReactNode;
} {
  const [original, setOriginal] = useState<Appointment | null>(null);
  const dialog = original && (
    <Suspense fallback={null}>
      <RebookDialog
        key={original.id}
        locationId={host.locationId}
        zone={host.zone}
        teamMembers={host.teamMembers}
        original={original}
        onClose={() => setOriginal(null)}
        onBooked={(appointment) => {
          setOriginal(null);
          host.notify(rebookNotice(appointment, host.zone, host.teamMembers, host.show));
        }}
      />
    </Suspense>
  );
  return { open: setOriginal, dialog };
}
