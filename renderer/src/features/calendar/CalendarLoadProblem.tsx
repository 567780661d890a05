import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { problemText } from '../../api';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('calendar/CalendarLoadProblem', {
  retry: 'Retry',
  failed: 'The calendar could not be loaded.',
});

/** Why the calendar (its team or its appointments) could not be loaded, with Retry; nothing when it could. */
export function CalendarLoadProblem({ error, onRetry }: { error: Error | null; onRetry: () => void }) {
  const t = useMessages(messages);
  if (!error) return null;
  return (
    <Alert
      severity="error"
      sx={{ mx: 2, mb: 1 }}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t.retry}
        </Button>
      }
    >
      {problemText(error, t.failed)}
    </Alert>
  );
}
