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
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [shownFor, setShownFor] = useState(appointment);
  if (shownFor !== appointment) {
    setShownFor(appointment);
    setProblem(null);
  }
  if (!appointment) return null;
  const member =
    teamMembers.find((item) => item.id === appointment.teamMemberId)?.name ?? 'an unknown team member';
  const client = appointment.client?.name || 'no client';

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
        message: problemText(error, 'The appointment could not be cancelled.'),
        conflict: error instanceof BridgeError && error.code === 'CONFLICT',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={() => !busy && onClose()} aria-labelledby="cancel-appointment-title">
      <DialogTitle id="cancel-appointment-title">Cancel this appointment?</DialogTitle>
      <DialogContent>
        <DialogContentText data-testid="cancel-summary">
          <UserText>{client}</UserText> · {formatWhen(appointment.start, zone)} ·{' '}
          <UserText>{member}</UserText>
        </DialogContentText>
        {!restorable(appointment) && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            This appointment was made outside what Frontdesk books (its length, phone or notes), so it cannot
            be restored from here once cancelled.
          </Alert>
        )}
        {problem && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy} autoFocus>
          Keep it
        </Button>
        <Button
          color="error"
          variant="contained"
          disabled={busy}
          onClick={() => void cancel(problem?.conflict ?? false)}
        >
          {problem?.conflict ? 'Cancel it anyway' : 'Cancel appointment'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
