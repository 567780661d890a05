import type { ReactNode } from 'react';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { i18n } from '../../i18n';
import { canRebook, useRebookDialog } from '../rebook';
import { useRunningLateDialog } from '../runningLate';
import { useStaffOutDialog } from '../staffOut';
import { useTeamHoursDialog } from '../teamHours';
import { useVisitMoveDialog } from '../visitMove';
import { useWalkInDialog } from '../walkIn';
import type { CalendarCommandId } from './commands';
import type { DeskTool } from './DeskToolsMenu';

const messages = i18n('calendar/useDeskTools', {
  staffOut: 'Team member out…',
  runningLate: 'Running late…',
});

export interface DeskToolsHost {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  /** The date the calendar shows (what the tools start on). */
  shownDate: string;
  notify: (notice: Notice) => void;
  /** Its day in the calendar and its details (a walk-in just booked). */
  show: (appointment: { id: number; start: string }) => void;
  /** The calendar reads its ranges again (working hours changed). */
  refetch: () => void;
  /** The details drawer closes before a tool opens over it. */
  closeDrawer: () => void;
}

/**
 * The tools that look at or change many appointments at once, each owned by its feature: the walk-in
 * finder, a member's hours, a member out, running late, a whole visit moved and a rebooking. The page gets their
 * entries (toolbar menu, keys, drawer actions, header buttons) and their dialogs from here.
 */
export function useDeskTools(host: DeskToolsHost) {
  const { locationId, zone, teamMembers, shownDate, notify } = host;
  const walkIn = useWalkInDialog({ locationId, zone, teamMembers, show: host.show, notify });
  const staffOut = useStaffOutDialog({ locationId, zone, teamMembers, shownDate });
  const teamHours = useTeamHoursDialog({
    locationId,
    zone,
    teamMembers,
    shownDate,
    onSaved: host.refetch,
    notify,
    moveAppointments: ({ teamMemberId, date, appointmentIds }) =>
      staffOut.open({ teamMemberId, from: date, to: date, appointmentIds }),
  });
  const runningLate = useRunningLateDialog({ locationId, zone, teamMembers, shownDate, notify });
  const visitMove = useVisitMoveDialog({ locationId, zone, teamMembers, notify });
  const rebook = useRebookDialog({ locationId, zone, teamMembers, show: host.show, notify });

  const commands: Pick<
    Record<CalendarCommandId, () => void>,
    'walkIn.open' | 'staffOut.open' | 'runningLate.open'
  > = {
    'walkIn.open': () => walkIn.open(),
    'staffOut.open': () => staffOut.open(),
    'runningLate.open': () => runningLate.open(),
  };
  const menu: DeskTool[] = [
    {
      id: 'staffOut',
      get label() {
        return messages.get().staffOut;
      },
      shortcut: 'o',
      run: () => staffOut.open(),
    },
    {
      id: 'runningLate',
      get label() {
        return messages.get().runningLate;
      },
      shortcut: 'r',
      run: () => runningLate.open(),
    },
  ];
  const dialogs: ReactNode = (
    <>
      {walkIn.dialog}
      {teamHours.dialog}
      {staffOut.dialog}
      {runningLate.dialog}
      {visitMove.dialog}
      {rebook.dialog}
    </>
  );
  return {
    commands,
    menu,
    dialogs,
    openWalkIn: () => walkIn.open(),
    /** The walk-in finder with this text typed in its services field (the command palette). */
    walkInFor: (serviceText: string) => walkIn.open(serviceText),
    openWorkingHours: teamHours.open,
    /** For the Shift-drag of a card and the drawer's "Move the whole visit". */
    visitMove,
    /** The drawer's "Rebook", for appointments that can be (see canRebook). */
    rebookFrom: (appointment: Appointment) => {
      if (!canRebook(appointment)) return;
      host.closeDrawer();
      rebook.open(appointment);
    },
    runningLateFrom: (appointment: Appointment) => {
      host.closeDrawer();
      runningLate.open(appointment);
    },
  };
}
