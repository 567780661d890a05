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
import type { Label } from '../../../../shared/domain/label';
import { useRemoveLabel } from './api';
import { LabelChip } from './LabelChip';
import { labelProblem, type LabelProblem } from './labelProblem';
import { carriersOf } from './targetWords';
import { IsolatedText } from '../../components/IsolatedText';
import { isolate } from '../../components/isolate';
import { i18n, params, useMessages } from '../../i18n';
import { ReadOnlyNote, useReadOnly } from '../offline';

const messages = i18n('labels/DeleteLabelDialog', {
  title: params('Delete the label “{title}”?'),
  disappears: params('“{title}” disappears from {carriers}, in Altegio too. This cannot be undone.'),
  notDeleted: 'Not deleted',
  deleting: 'Deleting',
  keep: 'Keep it',
  tryAgain: 'Try again',
  delete: 'Delete label',
  failed: 'The label could not be deleted.',
});

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
  const t = useMessages(messages);
  const readOnly = useReadOnly();

  const confirm = async () => {
    if (readOnly) return;
    setProblem(null);
    try {
      await remove.mutateAsync(label.id);
      onDeleted(label);
    } catch (error) {
      setProblem(labelProblem(error, t.failed));
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
        <IsolatedText text={t.title({ title: isolate(label.title) })} />
      </DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          <LabelChip label={label} />
          <DialogContentText id="delete-label-text">
            <IsolatedText
              text={t.disappears({ title: isolate(label.title), carriers: carriersOf(label.entity) })}
            />
          </DialogContentText>
        </Stack>
        {problem && (
          <Alert role="alert" severity={problem.kind === 'network' ? 'warning' : 'error'} sx={{ mt: 2 }}>
            <AlertTitle>{t.notDeleted}</AlertTitle>
            {problem.message}
          </Alert>
        )}
      </DialogContent>
      {remove.isPending && <LinearProgress aria-label={t.deleting} />}
      <DialogActions>
        <ReadOnlyNote reason={readOnly} />
        <Button onClick={onClose} disabled={remove.isPending} autoFocus>
          {t.keep}
        </Button>
        <Button
          color="error"
          variant="contained"
          onClick={() => void confirm()}
          disabled={remove.isPending || readOnly !== null}
        >
          {problem?.kind === 'network' ? t.tryAgain : t.delete}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
