import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { IsolatedText } from './IsolatedText';
import type { Notice } from './NoticeBar';

const NAME_IN_ONE_LINE = {
  display: 'inline-block',
  maxWidth: '100%',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  verticalAlign: 'bottom',
} as const;

/** The snackbar of NoticeBar. */
export function NoticeSnackbar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
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
          // A name of any length keeps the rest of the notice in view: one line of it, cut with an ellipsis.
          sx={{ maxWidth: 'min(720px, calc(100vw - 48px))', '& bdi': NAME_IN_ONE_LINE }}
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
          <IsolatedText text={notice.message} />
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
