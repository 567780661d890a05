import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { problemText } from '../../api';

/** Why the calendar (its team or its appointments) could not be loaded, with Retry; nothing when it could. */
export function CalendarLoadProblem({ error, onRetry }: { error: Error | null; onRetry: () => void }) {
  if (!error) return null;
  return (
    <Alert
      severity="error"
      sx={{ mx: 2, mb: 1 }}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      {problemText(error, 'The calendar could not be loaded.')}
    </Alert>
  );
}
