import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import StorefrontIcon from '@mui/icons-material/Storefront';
import { DEMO_SIGN_IN } from '../../../../shared/demo';
import { problemText } from '../../api';
import { ConnectForm } from './ConnectForm';
import { useSession } from './useSession';
import { i18n, useMessages } from '../../i18n';
import { textWith } from '../../components/textWith';
import { restoreProblemText } from './wording';

const DEVELOPER_SITE = 'https://developer.alteg.io/';

const messages = i18n('session/SignInPanel', {
  demoFailed: 'The demo location could not be opened.',
  trying: 'Trying…',
  tryAgain: 'Try again',
  opening: 'Opening the demo location…',
  openingBar: 'Opening the demo location',
  openDemo: 'Open the demo location',
  demoAbout:
    'No account needed: a copy of Altegio built into Frontdesk, with a demo salon. Nothing leaves this computer.',
  demoCredentials:
    'To try its credentials below with a custom server: partner token {token}, login {login} (or {phone}), password {password}.',
  or: 'or',
  connect: 'Connect to Altegio',
  needs:
    'A real location needs a partner token, from your developer account on {site} (the Altegio Marketplace’s partner settings), and the login and password of an Altegio user with access to the location, such as its administrator.',
});

interface SignInPanelProps {
  /** Why the user is here again (an expired session), shown above the form. */
  notice?: string | null;
}

export function SignInPanel({ notice }: SignInPanelProps) {
  const t = useMessages(messages);
  const { session, signIn, openDemo, retryRestore } = useSession();
  const [demoProblem, setDemoProblem] = useState<string | null>(null);
  const busy = signIn.isPending || openDemo.isPending;

  const startDemo = async () => {
    setDemoProblem(null);
    try {
      await openDemo.mutateAsync();
    } catch (error) {
      setDemoProblem(problemText(error, t.demoFailed));
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
              {retryRestore.isPending ? t.trying : t.tryAgain}
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
          {openDemo.isPending ? t.opening : t.openDemo}
        </Button>
        {openDemo.isPending && <LinearProgress aria-label={t.openingBar} />}
        {demoProblem && <Alert severity="error">{demoProblem}</Alert>}
        <Typography variant="caption" color="text.secondary">
          {t.demoAbout}{' '}
          {textWith(t.demoCredentials, {
            token: <code>{DEMO_SIGN_IN.partnerToken}</code>,
            login: <code>{DEMO_SIGN_IN.login}</code>,
            phone: <code>{DEMO_SIGN_IN.phone}</code>,
            password: <code>{DEMO_SIGN_IN.password}</code>,
          })}
        </Typography>
      </Stack>
      <Divider>{t.or}</Divider>
      <Typography variant="h6" component="h2">
        {t.connect}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {textWith(t.needs, {
          site: (
            <Link href={DEVELOPER_SITE} target="_blank" rel="noreferrer">
              developer.alteg.io
            </Link>
          ),
        })}
      </Typography>
      <ConnectForm busy={busy} onSubmit={(values) => signIn.mutateAsync(values)} />
    </Stack>
  );
}
