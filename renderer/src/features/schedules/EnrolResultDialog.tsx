import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { UserText } from '../../components/UserText';
import type { EnrolledAppointment, Occurrence } from '../../../../shared/domain/schedule';
import { compareWithPreview, occurrenceWhen } from './model';
import { DateTime } from 'luxon';

interface EnrolResultDialogProps {
  zone: string;
  clientName: string;
  /** What the preview listed; null when it could not be read before saving. */
  expected: readonly Occurrence[] | null;
  made: readonly EnrolledAppointment[];
  onClose: () => void;
}

/** After saving: what Altegio made, set against what the preview promised. */
export function EnrolResultDialog({ zone, clientName, expected, made, onClose }: EnrolResultDialogProps) {
  const { missing, unexpected } = compareWithPreview(expected ?? [], made);
  const asPreviewed = missing.length === 0 && unexpected.length === 0;
  const count = made.length === 1 ? '1 appointment' : `${made.length} appointments`;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="enrol-result-title">
      <DialogTitle id="enrol-result-title">Saved in Altegio</DialogTitle>
      <DialogContent dividers>
        {expected === null ? (
          <Alert severity="success" role="status">
            <UserText>{clientName}</UserText> has {count} in this schedule from today on.
          </Alert>
        ) : asPreviewed ? (
          <Alert severity="success" role="status">
            <UserText>{clientName}</UserText> has {count} in this schedule from today on, exactly as
            previewed.
          </Alert>
        ) : (
          <Alert severity="warning" role="alert">
            <AlertTitle>Altegio’s appointments differ from the preview</AlertTitle>
            <UserText>{clientName}</UserText> has {count} in this schedule from today on; the preview listed{' '}
            {expected.length}.
          </Alert>
        )}
        {expected !== null && missing.length > 0 && (
          <List dense aria-label="Previewed but not made">
            {missing.map((occurrence) => (
              <ListItem key={occurrence.start} disableGutters>
                <ListItemText primary={occurrenceWhen(occurrence, zone)} secondary="Previewed, not made" />
              </ListItem>
            ))}
          </List>
        )}
        {expected !== null && unexpected.length > 0 && (
          <List dense aria-label="Made but not previewed">
            {unexpected.map((appointment) => (
              <ListItem key={appointment.id} disableGutters>
                <ListItemText
                  primary={DateTime.fromISO(appointment.start, { zone }).toFormat('ccc d LLL yyyy, HH:mm')}
                  secondary="Made, not previewed"
                />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} autoFocus>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
