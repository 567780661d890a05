import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

/** Asked before an edited dialog closes: nothing typed is lost by a stray Esc. */
export function DiscardChangesDialog(props: {
  open: boolean;
  /** What has the unsaved changes, e.g. "This appointment". */
  subject: string;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  return (
    <Dialog open={props.open} onClose={props.onKeep} aria-labelledby="discard-title">
      <DialogTitle id="discard-title">Discard the changes?</DialogTitle>
      <DialogContent>
        <DialogContentText>{props.subject} has changes that are not saved.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onDiscard} color="error">
          Discard
        </Button>
        <Button onClick={props.onKeep} variant="contained" autoFocus>
          Keep editing
        </Button>
      </DialogActions>
    </Dialog>
  );
}
