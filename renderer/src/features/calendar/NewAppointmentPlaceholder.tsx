import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';

export interface NewAppointmentSlot {
  teamMemberId: number | null;
  teamMemberName: string | null;
  start: string;
  end: string;
}

/** What a click on an empty slot chose; the booking form itself replaces this dialog. */
export function NewAppointmentPlaceholder({
  slot,
  zone,
  onClose,
}: {
  slot: NewAppointmentSlot | null;
  zone: string;
  onClose: () => void;
}) {
  const start = slot ? DateTime.fromISO(slot.start).setZone(zone) : null;
  const end = slot ? DateTime.fromISO(slot.end).setZone(zone) : null;
  return (
    <Dialog open={slot !== null} onClose={onClose} aria-labelledby="new-appointment-title">
      <DialogTitle id="new-appointment-title">New appointment</DialogTitle>
      <DialogContent>
        {slot && start && end && (
          <Typography data-testid="new-appointment-slot">
            {slot.teamMemberName ?? 'Any team member'} · {start.toFormat('ccc d LLL')} ·{' '}
            {start.toFormat('HH:mm')}–{end.toFormat('HH:mm')}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
