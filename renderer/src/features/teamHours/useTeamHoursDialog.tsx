import { Suspense, useCallback, useState, type ReactNode } from 'react';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { lazyPart } from '../../lazyPart';

const TeamHoursDialog = lazyPart(() => import('./TeamHoursDialog').then((module) => module.TeamHoursDialog));
import { isolate } from '../../components/isolate';
import { i18n, params } from '../../i18n';

const messages = i18n('teamHours/useTeamHoursDialog', {
  saved: params('Working hours of {name} saved.'),
});

interface TeamHoursDialogHost {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  /** The day shown, for a header that carries no date (the day view). */
  shownDate: string;
  /** After a save: the saved day is already in the cached ranges, so the shading only needs a redraw. */
  onSaved: () => void;
  notify: (notice: Notice) => void;
  /** Hands the appointments the new hours leave outside over to others (the page's staff-out tool). */
  moveAppointments?: (request: { teamMemberId: number; date: string; appointmentIds: number[] }) => void;
}

/** A column header's hours button opens this: `open(memberId, date)`, `dialog` rendered by the page. */
export function useTeamHoursDialog(host: TeamHoursDialogHost): {
  open: (memberId: number, date: string | null) => void;
  dialog: ReactNode;
} {
  const [target, setTarget] = useState<{ memberId: number; date: string | null } | null>(null);
  const open = useCallback((memberId: number, date: string | null) => setTarget({ memberId, date }), []);
  const member = target && host.teamMembers.find((candidate) => candidate.id === target.memberId);
  const saved = (name: string) => {
    setTarget(null);
    host.onSaved();
    host.notify({ message: messages.get().saved({ name: isolate(name) }), severity: 'success' });
  };
  const { moveAppointments } = host;
  const dialog = target && member && (
    <Suspense fallback={null}>
      <TeamHoursDialog
        locationId={host.locationId}
        zone={host.zone}
        member={member}
        date={target.date ?? host.shownDate}
        onClose={() => setTarget(null)}
        onSaved={() => saved(member.name)}
        onSavedThenMove={
          moveAppointments &&
          ((day, appointmentIds) => {
            saved(member.name);
            moveAppointments({ teamMemberId: member.id, date: day.date, appointmentIds });
          })
        }
      />
    </Suspense>
  );
  return { open, dialog };
}
