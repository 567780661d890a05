import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import StorefrontIcon from '@mui/icons-material/Storefront';
import { DEMO_SIGN_IN } from '../../../../shared/demo';
import { problemText } from '../../api';
import { ConnectForm } from './ConnectForm';
import { useSession } from './useSession';
import { restoreProblemText } from './wording';

interface SignInPanelProps {
  /** Why the user is here again (an expired session), shown above the form. */
  notice?: string | null;
}

export function SignInPanel({ notice }: SignInPanelProps) {
  const { session, signIn, openDemo, retryRestore } = useSession();
  const [demoProblem, setDemoProblem] = useState<string | null>(null);
  const busy = signIn.isPending || openDemo.isPending;

  const startDemo = async () => {
    setDemoProblem(null);
    try {
      await openDemo.mutateAsync();
    } catch (error) {
      setDemoProblem(problemText(error, 'The demo location could not be opened.'));
    }
  };

  return (
    <Stack spacing={3}>
      {notice && <Alert severity="warning">{notice}</Alert>}
      {session?.restoreProblem && (
        <Alert
          severity="warning"
          action={
            <Button
              color="inherit"
              size="small"
              disabled={retryRestore.isPending}
              onClick={() => retryRestore.mutate()}
            >
              {retryRestore.isPending ? 'Trying…' : 'Try again'}
            </Button>
          }
        >
          {restoreProblemText(session.restoreProblem)}
        </Alert>
      )}
      <Stack spacing={1}>
        <Button
          variant="contained"
          size="large"
          startIcon={<StorefrontIcon />}
          onClick={startDemo}
          disabled={busy}
          sx={{ py: 1.5 }}
        >
          {openDemo.isPending ? 'Opening the demo location…' : 'Open the demo location'}
        </Button>
        {openDemo.isPending && <LinearProgress aria-label="Opening the demo location" />}
        {demoProblem && <Alert severity="error">{demoProblem}</Alert>}
        <Typography variant="caption" color="text.secondary">
          No account needed: a built-in copy of Altegio with a demo salon. Its credentials, if you want to try
          them below with a custom server: partner token <code>{DEMO_SIGN_IN.partnerToken}</code>, login{' '}
          <code>{DEMO_SIGN_IN.login}</code> (or <code>{DEMO_SIGN_IN.phone}</code>), password{' '}
          <code>{DEMO_SIGN_IN.password}</code>.
        </Typography>
      </Stack>
      <Divider>or</Divider>
      <Typography variant="h6" component="h2">
        Connect to Altegio
      </Typography>
      <ConnectForm busy={busy} onSubmit={(values) => signIn.mutateAsync(values)} />
    </Stack>
  );
}
