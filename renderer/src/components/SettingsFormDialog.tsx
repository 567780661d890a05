import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { i18n, useMessages } from '../i18n';
import type { SettingsProblem } from '../settingsProblem';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { withoutIsolates } from './isolate';
import { IsolatedText } from './IsolatedText';

const messages = i18n('components/SettingsFormDialog', {
  saving: 'Saving',
  retry: 'Retry',
  perhapsSaved: 'Perhaps saved',
  notSaved: 'Not saved',
  cancel: 'Cancel',
});

interface SettingsFormDialogProps {
  /** Also the form's accessible name; names in it marked with `isolate`. */
  title: string;
  /** What has unsaved changes, for the discard question ("This label"). */
  subject: string;
  submitLabel: string;
  /** Whether anything was typed: closing then asks first. */
  dirty: boolean;
  saving: boolean;
  problem: SettingsProblem | null;
  /** Submits the form (react-hook-form's handleSubmit); Retry calls it again. */
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  onDismissProblem: () => void;
  onClose: () => void;
  children: ReactNode;
  /** Wider for forms with rows of inputs. */
  maxWidth?: 'sm' | 'md';
  /** Submit waits (e.g. for what the form must show first); say why in the form. */
  submitDisabled?: boolean;
  /** Why nothing can be sent now (Altegio cannot be reached), or null: submit waits, what was typed stays. */
  blockedBecause?: string | null;
  /**
   * For a form whose content grows as it loads (a preview): the dialog stays at the top instead of
   * re-centring, so nothing moves under the pointer.
   */
  anchorTop?: boolean;
}

/**
 * The frame of a settings dialog: its form, progress while saving, why the last save failed (with Retry
 * when trying again may work), Cancel and submit, and a question before typed input is thrown away.
 */
export function SettingsFormDialog(props: SettingsFormDialogProps) {
  const { title, saving, problem } = props;
  const t = useMessages(messages);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const requestClose = () => {
    if (saving) return;
    if (props.dirty) setConfirmingClose(true);
    else props.onClose();
  };
  return (
    <>
      <Dialog
        open
        onClose={requestClose}
        fullWidth
        maxWidth={props.maxWidth ?? 'sm'}
        aria-labelledby="settings-dialog-title"
        sx={props.anchorTop ? { '& .MuiDialog-container': { alignItems: 'flex-start' } } : undefined}
      >
        <Box
          component="form"
          noValidate
          aria-label={withoutIsolates(title)}
          onSubmit={(event) => {
            if (props.blockedBecause) event.preventDefault();
            else void props.onSubmit(event);
          }}
        >
          <DialogTitle id="settings-dialog-title">
            <IsolatedText text={title} />
          </DialogTitle>
          <DialogContent dividers>{props.children}</DialogContent>
          {saving && <LinearProgress aria-label={t.saving} />}
          {problem && (
            <Alert
              role="alert"
              severity={problem.kind === 'network' ? 'warning' : 'error'}
              sx={{ mx: 2, mt: 1 }}
              onClose={props.onDismissProblem}
              action={
                problem.kind === 'network' &&
                !problem.unknown && (
                  <Button
                    color="inherit"
                    size="small"
                    disabled={Boolean(props.blockedBecause)}
                    onClick={() => void props.onSubmit()}
                  >
                    {t.retry}
                  </Button>
                )
              }
            >
              <AlertTitle>
                {problem.kind === 'network' && problem.unknown ? t.perhapsSaved : t.notSaved}
              </AlertTitle>
              {problem.message}
            </Alert>
          )}
          <DialogActions>
            {props.blockedBecause && (
              <Typography
                id="settings-form-blocked"
                variant="body2"
                color="warning.main"
                sx={{ mr: 'auto', ml: 1 }}
              >
                {props.blockedBecause}
              </Typography>
            )}
            <Button onClick={requestClose} disabled={saving}>
              {t.cancel}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={saving || props.submitDisabled || Boolean(props.blockedBecause)}
              aria-describedby={props.blockedBecause ? 'settings-form-blocked' : undefined}
            >
              {props.submitLabel}
            </Button>
          </DialogActions>
        </Box>
      </Dialog>
      <DiscardChangesDialog
        open={confirmingClose}
        subject={props.subject}
        onKeep={() => setConfirmingClose(false)}
        onDiscard={props.onClose}
      />
    </>
  );
}
