import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { problemText } from '../api';

/** What could not be loaded, in words, with Retry. */
export function LoadProblem(props: {
  error: unknown;
  fallback: string;
  onRetry: () => void;
  sx?: SxProps<Theme>;
}) {
  return (
    <Alert
      severity="error"
      sx={props.sx}
      action={
        <Button color="inherit" size="small" onClick={props.onRetry}>
          Retry
        </Button>
      }
    >
      {problemText(props.error, props.fallback)}
    </Alert>
  );
}
