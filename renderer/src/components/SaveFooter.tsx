import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import LinearProgress from '@mui/material/LinearProgress';
import type { SettingsProblem } from '../settingsProblem';

/**
 * The foot of a settings dialog: progress while saving, why the last save failed (with Retry when
 * trying again may work), then Cancel and the submit button.
 */
export function SaveFooter(props: {
  saving: boolean;
  problem: SettingsProblem | null;
  submitLabel: string;
  onRetry: () => void;
  onDismiss: () => void;
  onCancel: () => void;
}) {
  const { saving, problem } = props;
  return (
    <>
      {saving && <LinearProgress aria-label="Saving" />}
      {problem && (
        <Alert
          role="alert"
          severity={problem.kind === 'network' ? 'warning' : 'error'}
          sx={{ mx: 2, mt: 1 }}
          onClose={props.onDismiss}
          action={
            problem.kind === 'network' && (
              <Button color="inherit" size="small" onClick={props.onRetry}>
                Retry
              </Button>
            )
          }
        >
          <AlertTitle>Not saved</AlertTitle>
          {problem.message}
        </Alert>
      )}
      <DialogActions>
        <Button onClick={props.onCancel} disabled={saving}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" disabled={saving}>
          {props.submitLabel}
        </Button>
      </DialogActions>
    </>
  );
}
