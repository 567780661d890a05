import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { IsolatedText } from '../../components/IsolatedText';
import type { SettingsProblem } from '../../settingsProblem';
import { i18n, useMessages } from '../../i18n';
import { schedulesProblem } from './schedulesProblem';
import { ReadOnlyNote, useReadOnly } from '../offline';

const messages = i18n('schedules/ConfirmDialog', {
  working: 'Working',
  keep: 'Keep it',
  tryAgain: 'Try again',
});

interface ConfirmDialogProps {
  /** Names in it marked with `isolate`. */
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** What failing is called in the alert, e.g. "Not removed". */
  failedTitle: string;
  fallback: string;
  run: () => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
}

/** "Remove …?": says what goes, does it on confirmation, and keeps the question open when it fails. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const confirm = async () => {
    if (readOnly) return;
    setProblem(null);
    setBusy(true);
    try {
      await props.run();
      props.onDone();
    } catch (error) {
      setProblem(schedulesProblem(error, props.fallback));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      onClose={() => !busy && props.onClose()}
      fullWidth
      maxWidth="sm"
      aria-labelledby="confirm-title"
    >
      <DialogTitle id="confirm-title">
        <IsolatedText text={props.title} />
      </DialogTitle>
      <DialogContent dividers>
        {props.children}
        {problem && (
          <Alert role="alert" severity={problem.kind === 'network' ? 'warning' : 'error'} sx={{ mt: 2 }}>
            <AlertTitle>{props.failedTitle}</AlertTitle>
            {problem.message}
          </Alert>
        )}
      </DialogContent>
      {busy && <LinearProgress aria-label={t.working} />}
      <DialogActions>
        <ReadOnlyNote reason={readOnly} />
        <Button onClick={props.onClose} disabled={busy} autoFocus>
          {t.keep}
        </Button>
        <Button
          color="error"
          variant="contained"
          onClick={() => void confirm()}
          disabled={busy || readOnly !== null}
        >
          {problem?.kind === 'network' ? t.tryAgain : props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
