import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { SavedAppointment } from '../../../../shared/contract/appointments';
import { UserText } from '../../components/UserText';
import type { Appointment } from '../../../../shared/domain/appointment';
import { versionOf } from '../../../../shared/domain/appointmentVersioning';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { useQueryClient } from '@tanstack/react-query';
import { BridgeError, call, problemText } from '../../api';
import { recordSave } from './api';
import { formatWhen } from './format';
import { restorable } from './restorable';
import { i18n, useMessages } from '../../i18n';
import { useReadOnly } from '../offline';

const messages = i18n('appointments/CancelAppointmentDialog', {
  unknownMember: 'an unknown team member',
  noClient: 'no client',
  notCancelled: 'The appointment could not be cancelled.',
  title: 'Cancel this appointment?',
  notRestorable:
    'This appointment was made outside what Frontdesk books (its length, phone or notes), so it cannot be restored from here once cancelled.',
  keep: 'Keep it',
  cancelAnyway: 'Cancel it anyway',
  cancel: 'Cancel appointment',
});

interface CancelAppointmentDialogProps {
  locationId: number;
  appointment: Appointment | null;
  zone: string;
  teamMembers: readonly TeamMember[];
  onClose: () => void;
  onCancelled: (deleted: SavedAppointment) => void;
}

/** "Cancel Anna Smith's appointment on Tue 2 Feb, 10:00 with Emma Johnson?" — then deletes it. */
export function CancelAppointmentDialog(props: CancelAppointmentDialogProps) {
  const { locationId, appointment, zone, teamMembers, onClose, onCancelled } = props;
  const queryClient = useQueryClient();
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [shownFor, setShownFor] = useState(appointment);
  if (shownFor !== appointment) {
    setShownFor(appointment);
    setProblem(null);
  }
  if (!appointment) return null;
  const member = teamMembers.find((item) => item.id === appointment.teamMemberId)?.name ?? t.unknownMember;
  const client = appointment.client?.name || t.noClient;

  const cancel = async (overwrite: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      const deleted = await recordSave(queryClient, locationId, () =>
        call('appointments.cancel', {
          locationId,
          id: appointment.id,
          expectedLastChangedAt: appointment.lastChangedAt,
          seen: versionOf(appointment),
          overwrite,
        }),
      );
      onCancelled(deleted);
    } catch (error) {
      setProblem({
        message: problemText(error, t.notCancelled),
        conflict: error instanceof BridgeError && error.code === 'CONFLICT',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={() => !busy && onClose()} aria-labelledby="cancel-appointment-title">
      <DialogTitle id="cancel-appointment-title">{t.title}</DialogTitle>
      <DialogContent>
        <DialogContentText data-testid="cancel-summary">
          <UserText>{client}</UserText> · {formatWhen(appointment.start, zone)} ·{' '}
          <UserText>{member}</UserText>
        </DialogContentText>
        {!restorable(appointment) && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t.notRestorable}
          </Alert>
        )}
        {problem && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem.message}
          </Alert>
        )}
        {readOnly && (
          <Alert severity="warning" role="status" sx={{ mt: 2 }}>
            {readOnly}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy} autoFocus>
          {t.keep}
        </Button>
        <Button
          color="error"
          variant="contained"
          disabled={busy || readOnly !== null}
          onClick={() => void cancel(problem?.conflict ?? false)}
        >
          {problem?.conflict ? t.cancelAnyway : t.cancel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
