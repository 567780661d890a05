import { useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useQuery } from '@tanstack/react-query';
import { altegioReach, onReachChange } from '../altegioReach';
import { call } from '../api';
import { useOpenLocation, useSession } from '../features/session';
import { UserText } from '../components/UserText';
import { AltegioReachNotice } from './AltegioReachNotice';
import { UnreadableRecordsNotice } from './UnreadableRecordsNotice';
import { Hint } from '../components/Hint';

const platformNames = { linux: 'Linux', darwin: 'macOS', win32: 'Windows', other: 'Desktop' } as const;

export function StatusBar() {
  const info = useQuery({
    queryKey: ['app', 'info'],
    queryFn: () => call('app.info'),
    staleTime: Infinity,
  });
  const { session } = useSession();
  const connection = session?.signedIn ? session.connection : null;
  const location = useOpenLocation();
  const outOfReach = useSyncExternalStore(onReachChange, altegioReach).outOfReachSince !== null;
  return (
    <Box
      component="footer"
      sx={{
        px: 2,
        py: 0.25,
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        position: 'relative',
        // Out of reach, above an open dialog's backdrop (it matters most while typing in one); else below
        // menus, pickers and the details drawer's edge, as any bar.
        zIndex: (theme) => (location && outOfReach ? theme.zIndex.modal : theme.zIndex.drawer) + 1,
      }}
    >
      {/* A footer may not be a status region itself (ARIA), so the region sits inside it. */}
      <Box
        role="status"
        aria-label="Status bar"
        sx={{ display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'flex-end' }}
      >
        {location && <AltegioReachNotice location={location} signedIn={session?.signedIn === true} />}
        {connection && <UnreadableRecordsNotice />}
        {connection && session?.credentialStorage === 'memory' && (
          <Hint title="This system offers no secure storage for credentials, so Frontdesk keeps them only until it quits. You will sign in again next time.">
            <Typography
              variant="caption"
              color="warning.main"
              sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
            >
              <WarningAmberIcon fontSize="inherit" /> Signed in until Frontdesk quits
            </Typography>
          </Hint>
        )}
        {connection && (
          <Typography variant="caption" color="text.secondary" data-testid="connection">
            {connection.kind === 'demo' ? 'Demo location (built-in)' : `Connected to ${connection.host}`}
            {session?.userName && (
              <>
                {' '}
                as <UserText>{session.userName}</UserText>
              </>
            )}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" data-testid="app-version">
          {info.data
            ? `Frontdesk ${info.data.version} · ${platformNames[info.data.platform]}`
            : info.isError
              ? 'Version unavailable'
              : 'Frontdesk'}
        </Typography>
      </Box>
    </Box>
  );
}
