import { Suspense, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { LocationPicker } from './LocationPicker';
import { problemText } from '../../api';
import { lazyPart } from '../../lazyPart';
import { useSession } from './useSession';
import { endedText } from './wording';

// The sign-in form (its validation and form library) loads when it is shown, not with the calendar.
const SignInPage = lazyPart(() => import('./SignInPage').then((module) => module.SignInPage));
const SignInPanel = lazyPart(() => import('./SignInPanel').then((module) => module.SignInPanel));

/**
 * Shows sign-in, the location choice, or the app. When Altegio ends a session on its own, the app stays
 * mounted under a sign-in dialog, so whatever the user was typing is still there afterwards.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { query, session } = useSession();

  if (query.isPending) {
    return (
      <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <CircularProgress aria-label="Loading" />
      </Box>
    );
  }
  if (query.isError || !session) {
    return (
      <Box sx={{ p: 4 }}>
        <Alert severity="error" action={<Button onClick={() => query.refetch()}>Retry</Button>}>
          {problemText(query.error, 'Frontdesk could not start.')}
        </Alert>
      </Box>
    );
  }
  const expired = !session.signedIn && session.endedBecause !== null;
  if (!session.signedIn && !expired)
    return (
      <Suspense fallback={null}>
        <SignInPage />
      </Suspense>
    );
  if (session.signedIn && session.locationId === null) return <LocationPicker />;
  return (
    <>
      {children}
      <Dialog open={expired} aria-labelledby="session-expired-title" maxWidth="xs" fullWidth>
        <DialogTitle id="session-expired-title">Sign in again</DialogTitle>
        <DialogContent>
          <Suspense fallback={null}>
            <SignInPanel notice={endedText(session.endedBecause)} />
          </Suspense>
        </DialogContent>
      </Dialog>
    </>
  );
}
