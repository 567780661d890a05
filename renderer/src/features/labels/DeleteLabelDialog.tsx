import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { UserText } from '../../components/UserText';
import type { Label } from '../../../../shared/domain/label';
import { useRemoveLabel } from './api';
import { LabelChip } from './LabelChip';
import { labelProblem, type LabelProblem } from './labelProblem';
import { carriersOf } from './targetWords';

interface DeleteLabelDialogProps {
  locationId: number;
  label: Label;
  onClose: () => void;
  onDeleted: (label: Label) => void;
}

/** "Delete the label “VIP”?" — it leaves every appointment (or client) that carries it, for good. */
export function DeleteLabelDialog({ locationId, label, onClose, onDeleted }: DeleteLabelDialogProps) {
  const remove = useRemoveLabel(locationId);
  const [problem, setProblem] = useState<LabelProblem | null>(null);

  const confirm = async () => {
    setProblem(null);
    try {
      await remove.mutateAsync(label.id);
      onDeleted(label);
    } catch (error) {
      setProblem(labelProblem(error, 'The label could not be deleted.'));
    }
  };

  return (
    <Dialog
      open
      onClose={() => !remove.isPending && onClose()}
      aria-labelledby="delete-label-title"
      aria-describedby="delete-label-text"
    >
      <DialogTitle id="delete-label-title">
        Delete the label “<UserText>{label.title}</UserText>”?
      </DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          <LabelChip label={label} />
          <DialogContentText id="delete-label-text">
            “<UserText>{label.title}</UserText>” disappears from {carriersOf(label.entity)}, in Altegio too.
            This cannot be undone.
          </DialogContentText>
        </Stack>
        {problem && (
          <Alert role="alert" severity={problem.kind === 'network' ? 'warning' : 'error'} sx={{ mt: 2 }}>
            <AlertTitle>Not deleted</AlertTitle>
            {problem.message}
          </Alert>
        )}
      </DialogContent>
      {remove.isPending && <LinearProgress aria-label="Deleting" />}
      <DialogActions>
        <Button onClick={onClose} disabled={remove.isPending} autoFocus>
          Keep it
        </Button>
        <Button color="error" variant="contained" onClick={() => void confirm()} disabled={remove.isPending}>
          {problem?.kind === 'network' ? 'Try again' : 'Delete label'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
