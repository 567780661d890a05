import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { i18n, useMessages } from '../../i18n';
import type { SaveProblem } from './useSaveAppointment';

const messages = i18n('appointments/SaveProblemAlert', {
  saveAnyway: 'Save anyway',
  retry: 'Retry',
  overwrite: 'Overwrite',
  busy: 'This time cannot be booked: ',
  perhapsSaved: 'Perhaps saved: ',
  notSaved: 'Not saved: ',
  maybeLost: 'Not saved, or the answer was lost (Retry never books twice): ',
  refused: 'Altegio refused it: ',
});

interface SaveProblemAlertProps {
  problem: SaveProblem;
  editing: boolean;
  onSaveAnyway: () => void;
  onRetry: () => void;
  onOverwrite: () => void;
  onDismiss: () => void;
}

/** Why the save failed, with the one action that fits: Save anyway, Retry or Overwrite. */
export function SaveProblemAlert({ problem, editing, ...actions }: SaveProblemAlertProps) {
  const t = useMessages(messages);
  const action = {
    busy: { label: t.saveAnyway, run: actions.onSaveAnyway },
    network: { label: t.retry, run: actions.onRetry },
    conflict: { label: t.overwrite, run: actions.onOverwrite },
    refused: null,
  }[problem.kind];
  const lead = {
    busy: t.busy,
    network:
      problem.kind === 'network' && problem.unknown
        ? t.perhapsSaved
        : editing || (problem.kind === 'network' && problem.notSent)
          ? t.notSaved
          : t.maybeLost,
    conflict: '',
    refused: t.refused,
  }[problem.kind];
  return (
    <Alert
      role="alert"
      severity={problem.kind === 'refused' ? 'error' : 'warning'}
      sx={{ mx: 2, mt: 1 }}
      onClose={actions.onDismiss}
      action={
        action && (
          <Button color="inherit" size="small" onClick={action.run}>
            {action.label}
          </Button>
        )
      }
    >
      {lead}
      {problem.message}
    </Alert>
  );
}
