import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { problemText } from '../api';
import { i18n, useMessages } from '../i18n';

const messages = i18n('components/LoadProblem', { retry: 'Retry' });

/** What could not be loaded, in words, with Retry. */
export function LoadProblem(props: {
  error: unknown;
  fallback: string;
  onRetry: () => void;
  sx?: SxProps<Theme>;
}) {
  const t = useMessages(messages);
  return (
    <Alert
      severity="error"
      sx={props.sx}
      action={
        <Button color="inherit" size="small" onClick={props.onRetry}>
          {t.retry}
        </Button>
      }
    >
      {problemText(props.error, props.fallback)}
    </Alert>
  );
}
