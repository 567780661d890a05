import { Suspense } from 'react';
import { DateTime } from 'luxon';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { changedElsewhereText } from '../../errors';
import { lazyPart, useOpenedOnce } from '../../lazyPart';
import type { AppointmentDialogRequest } from './AppointmentDialog';
import { NewAppointmentButton } from './NewAppointmentButton';
import { useUndoCancel } from './useUndoCancel';
import { isolate } from '../../components/isolate';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('appointments/AppointmentActions', {
  show: 'Show',
  booked: params('Booked: {who} · {time}'),
  saved: params('Saved: {who} · {time}'),
  appointment: 'appointment',
  withMember: params('{text} · {member}'),
});

// The booking form (its fields, pickers and validation) loads when it is first opened, not with the calendar.
const AppointmentDialog = lazyPart(() =>
  import('./AppointmentDialog').then((module) => module.AppointmentDialog),
);
const CancelAppointmentDialog = lazyPart(() =>
  import('./CancelAppointmentDialog').then((module) => module.CancelAppointmentDialog),
);

interface AppointmentActionsProps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  dialog: AppointmentDialogRequest | null;
  cancelling: Appointment | null;
  /** The "New appointment" button's action; no button without one. */
  onNew?: () => void;
  /** Why booking is off (Altegio cannot be reached), or null. */
  readOnly: string | null;
  onCloseDialog: () => void;
  onCloseCancel: () => void;
  notify: (notice: Notice) => void;
  /** Shows an appointment in the calendar and its details (after a save another desk changed). */
  onShow: (appointment: Appointment) => void;
}

/** Everything the calendar needs to book, edit and cancel: the dialogs and the "New appointment" button. */
export function AppointmentActions(props: AppointmentActionsProps) {
  const { locationId, zone, teamMembers, notify } = props;
  const t = useMessages(messages);
  const undoable = useUndoCancel({ locationId, zone, teamMembers, notify });
  // Once opened they stay mounted, so they close with their transitions like any dialog.
  const opened = useOpenedOnce(props.dialog !== null);
  const cancelOpened = useOpenedOnce(props.cancelling !== null);
  return (
    <>
      {props.onNew && <NewAppointmentButton onClick={props.onNew} readOnly={props.readOnly} />}
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
                  action: { label: t.show, run: () => props.onShow(saved) },
                });
                return;
              }
              const member = teamMembers.find((item) => item.id === saved.teamMemberId)?.name;
              const time = DateTime.fromISO(saved.start).setZone(zone).toFormat('ccc d LLL, HH:mm');
              const who = saved.client ? isolate(saved.client.name) : t.appointment;
              const text = (kind === 'create' ? t.booked : t.saved)({ who, time });
              notify({
                severity: 'success',
                message: member ? t.withMember({ text, member: isolate(member) }) : text,
              });
            }}
          />
        </Suspense>
      )}
      {cancelOpened && (
        <Suspense fallback={null}>
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
        </Suspense>
      )}
    </>
  );
}
