import { Suspense, useCallback, useState, type ReactNode } from 'react';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { lazyPart } from '../../lazyPart';
import type { StaffOutStart } from './StaffOutDialog';

const StaffOutDialog = lazyPart(() => import('./StaffOutDialog').then((module) => module.StaffOutDialog));

interface StaffOutDialogHost {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  /** The date shown in the calendar: the default range (one day). */
  shownDate: string;
}

/**
 * The "Team member out" tool as a page hosts it: `open()` from the Desk tools menu or its key (the shown
 * day, no member yet), or `open(start)` for a member, dates and appointments chosen elsewhere.
 */
export function useStaffOutDialog(host: StaffOutDialogHost): {
  open: (start?: StaffOutStart) => void;
  dialog: ReactNode;
} {
  const [start, setStart] = useState<StaffOutStart | null>(null);
  const { shownDate } = host;
  const open = useCallback(
    (chosen?: StaffOutStart) => setStart(chosen ?? { teamMemberId: null, from: shownDate, to: shownDate }),
    [shownDate],
  );
  const dialog = start && (
    <Suspense fallback={null}>
      <StaffOutDialog
        locationId={host.locationId}
        zone={host.zone}
        teamMembers={host.teamMembers}
        start={start}
        onClose={() => setStart(null)}
      />
    </Suspense>
  );
  return { open, dialog };
}
