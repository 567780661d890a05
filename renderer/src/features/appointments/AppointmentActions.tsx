import { lazy, Suspense, useState } from 'react';
import { DateTime } from 'luxon';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { changedElsewhereText } from '../../errors';
import type { AppointmentDialogRequest } from './AppointmentDialog';
import { CancelAppointmentDialog } from './CancelAppointmentDialog';
import { NewAppointmentButton } from './NewAppointmentButton';
import { useUndoCancel } from './useUndoCancel';
import { isolate } from '../../components/isolate';

// The booking form (its fields, pickers and validation) loads when it is first opened, not with the calendar.
const AppointmentDialog = lazy(() =>
  import('./AppointmentDialog').then((module) => ({ default: module.AppointmentDialog })),
);

interface AppointmentActionsProps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  dialog: AppointmentDialogRequest | null;
  cancelling: Appointment | null;
  onNew: () => void;
  onCloseDialog: () => void;
  onCloseCancel: () => void;
  notify: (notice: Notice) => void;
  /** Shows an appointment in the calendar and its details (after a save another desk changed). */
  onShow: (appointment: Appointment) => void;
}

/** Everything the calendar needs to book, edit and cancel: the dialogs and the "New appointment" button. */
export function AppointmentActions(props: AppointmentActionsProps) {
  const { locationId, zone, teamMembers, notify } = props;
  const undoable = useUndoCancel({ locationId, zone, teamMembers, notify });
  // Once opened it stays mounted, so it closes with its transition like any dialog.
  const [opened, setOpened] = useState(false);
  if (props.dialog && !opened) setOpened(true);
  return (
    <>
      <NewAppointmentButton onClick={props.onNew} />
      {opened && (
        <Suspense fallback={null}>
          <AppointmentDialog
            locationId={locationId}
            zone={zone}
            request={props.dialog}
            onClose={props.onCloseDialog}
            onSaved={(saved, kind) => {
              props.onCloseDialog();
              if (saved.changedElsewhere?.length) {
                notify({
                  severity: 'warning',
                  message: changedElsewhereText(saved.changedElsewhere),
                  action: { label: 'Show', run: () => props.onShow(saved) },
                });
                return;
              }
              const member = teamMembers.find((item) => item.id === saved.teamMemberId)?.name;
              const time = DateTime.fromISO(saved.start).setZone(zone).toFormat('ccc d LLL, HH:mm');
              notify({
                severity: 'success',
                message: `${kind === 'create' ? 'Booked' : 'Saved'}: ${saved.client ? isolate(saved.client.name) : 'appointment'} · ${time}${member ? ` · ${isolate(member)}` : ''}`,
              });
            }}
          />
        </Suspense>
      )}
      <CancelAppointmentDialog
        locationId={locationId}
        appointment={props.cancelling}
        zone={zone}
        teamMembers={teamMembers}
        onClose={props.onCloseCancel}
        onCancelled={(deleted) => {
          props.onCloseCancel();
          undoable(deleted);
        }}
      />
    </>
  );
}
