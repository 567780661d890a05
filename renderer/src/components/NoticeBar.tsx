import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
/** What just happened, with at most one thing to do about it. */
export interface Notice {
  message: string;
  severity: 'success' | 'error' | 'warning' | 'info';
  action?: { label: string; run: () => void };
}

/** The screens' snackbar: what just happened, and the one thing to do about it (Undo, Save anyway…). */
export function NoticeBar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  return (
    <Snackbar
      open={notice !== null}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={notice?.action ? 10_000 : 6_000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert
          severity={notice.severity}
          variant="filled"
          onClose={onClose}
          action={
            notice.action && (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  const action = notice.action;
                  onClose();
                  action?.run();
                }}
              >
                {notice.action.label}
              </Button>
            )
          }
        >
          {notice.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
