import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { SaveProblem } from './useSaveAppointment';

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
  const action = {
    busy: { label: 'Save anyway', run: actions.onSaveAnyway },
    network: { label: 'Retry', run: actions.onRetry },
    conflict: { label: 'Overwrite', run: actions.onOverwrite },
    refused: null,
  }[problem.kind];
  const lead = {
    busy: 'This time cannot be booked: ',
    network:
      problem.kind === 'network' && problem.unknown
        ? 'Perhaps saved: '
        : editing || (problem.kind === 'network' && problem.notSent)
          ? 'Not saved: '
          : 'Not saved, or the answer was lost (Retry never books twice): ',
    conflict: '',
    refused: 'Altegio refused it: ',
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
