import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { i18n, params, useMessages } from '../i18n';

const messages = i18n('components/DiscardChangesDialog', {
  title: 'Discard the changes?',
  unsaved: params('{subject} has changes that are not saved.'),
  discard: 'Discard',
  keep: 'Keep editing',
});

/** Asked before an edited dialog closes: nothing typed is lost by a stray Esc. */
export function DiscardChangesDialog(props: {
  open: boolean;
  /** What has the unsaved changes, e.g. "This appointment". */
  subject: string;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const t = useMessages(messages);
  return (
    <Dialog open={props.open} onClose={props.onKeep} aria-labelledby="discard-title">
      <DialogTitle id="discard-title">{t.title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t.unsaved({ subject: props.subject })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onDiscard} color="error">
          {t.discard}
        </Button>
        <Button onClick={props.onKeep} variant="contained" autoFocus>
          {t.keep}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
