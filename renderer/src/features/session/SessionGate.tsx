import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { LocationPicker } from './LocationPicker';
import { SignInPage } from './SignInPage';
import { SignInPanel } from './SignInPanel';
import { problemText } from '../../api';
import { useSession } from './useSession';
import { endedText } from './wording';

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
  if (!session.signedIn && !expired) return <SignInPage />;
  if (session.signedIn && session.locationId === null) return <LocationPicker />;
  return (
    <>
      {children}
      <Dialog open={expired} aria-labelledby="session-expired-title" maxWidth="xs" fullWidth>
        <DialogTitle id="session-expired-title">Sign in again</DialogTitle>
        <DialogContent>
          <SignInPanel notice={endedText(session.endedBecause)} />
        </DialogContent>
      </Dialog>
    </>
  );
}
