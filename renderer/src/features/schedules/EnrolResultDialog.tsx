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
import type { EnrolledAppointment, Occurrence } from '../../../../shared/domain/schedule';
import { compareWithPreview, occurrenceWhen } from './model';
import { DateTime } from 'luxon';
import { IsolatedText } from '../../components/IsolatedText';
import { isolate } from '../../components/isolate';
import { i18n, params, plural, useMessages } from '../../i18n';

const messages = i18n('schedules/EnrolResultDialog', {
  count: plural({ one: '{count} appointment', other: '{count} appointments' }),
  saved: 'Saved in Altegio',
  has: params('{name} has {count} in this schedule from today on.'),
  asPreviewed: params('{name} has {count} in this schedule from today on, exactly as previewed.'),
  differ: 'Altegio’s appointments differ from the preview',
  differBody: params('{name} has {count} in this schedule from today on; the preview listed {listed}.'),
  notMade: 'Previewed but not made',
  notMadeNote: 'Previewed, not made',
  unexpected: 'Made but not previewed',
  unexpectedNote: 'Made, not previewed',
  done: 'Done',
});

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
  const t = useMessages(messages);
  const said = { name: isolate(clientName), count: t.count(made.length) };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="enrol-result-title">
      <DialogTitle id="enrol-result-title">{t.saved}</DialogTitle>
      <DialogContent dividers>
        {expected === null ? (
          <Alert severity="success" role="status">
            <IsolatedText text={t.has(said)} />
          </Alert>
        ) : asPreviewed ? (
          <Alert severity="success" role="status">
            <IsolatedText text={t.asPreviewed(said)} />
          </Alert>
        ) : (
          <Alert severity="warning" role="alert">
            <AlertTitle>{t.differ}</AlertTitle>
            <IsolatedText text={t.differBody({ ...said, listed: expected.length })} />
          </Alert>
        )}
        {expected !== null && missing.length > 0 && (
          <List dense aria-label={t.notMade}>
            {missing.map((occurrence) => (
              <ListItem key={occurrence.start} disableGutters>
                <ListItemText primary={occurrenceWhen(occurrence, zone)} secondary={t.notMadeNote} />
              </ListItem>
            ))}
          </List>
        )}
        {expected !== null && unexpected.length > 0 && (
          <List dense aria-label={t.unexpected}>
            {unexpected.map((appointment) => (
              <ListItem key={appointment.id} disableGutters>
                <ListItemText
                  primary={DateTime.fromISO(appointment.start, { zone }).toFormat('ccc d LLL yyyy, HH:mm')}
                  secondary={t.unexpectedNote}
                />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} autoFocus>
          {t.done}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
