import { Suspense, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { LocationPicker } from './LocationPicker';
import { problemText } from '../../api';
import { i18n, useMessages } from '../../i18n';
import { lazyPart, useOpenedOnce } from '../../lazyPart';
import { useSession } from './useSession';

const messages = i18n('session/SessionGate', {
  loading: 'Loading',
  retry: 'Retry',
  couldNotStart: 'Frontdesk could not start.',
});

// The sign-in form (its validation and form library) loads when it is shown, not with the calendar.
const SignInPage = lazyPart(() => import('./SignInPage').then((module) => module.SignInPage));
const SessionExpiredDialog = lazyPart(() =>
  import('./SessionExpiredDialog').then((module) => module.SessionExpiredDialog),
);

/**
 * Shows sign-in, the location choice, or the app. When Altegio ends a session on its own, the app stays
 * mounted under a sign-in dialog, so whatever the user was typing is still there afterwards.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const t = useMessages(messages);
  const { query, session } = useSession();
  const expired = session !== undefined && !session.signedIn && session.endedBecause !== null;
  const expiredOnce = useOpenedOnce(expired);

  if (query.isPending) {
    return (
      <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <CircularProgress aria-label={t.loading} />
      </Box>
    );
  }
  if (query.isError || !session) {
    return (
      <Box sx={{ p: 4 }}>
        <Alert severity="error" action={<Button onClick={() => query.refetch()}>{t.retry}</Button>}>
          {problemText(query.error, t.couldNotStart)}
        </Alert>
      </Box>
    );
  }
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
      {expiredOnce && (
        <Suspense fallback={null}>
          <SessionExpiredDialog open={expired} endedBecause={session.endedBecause} />
        </Suspense>
      )}
    </>
  );
}
