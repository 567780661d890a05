import { useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useQuery } from '@tanstack/react-query';
import { altegioReach, onReachChange } from '../altegioReach';
import { call } from '../api';
import { useOpenLocation, useSession } from '../features/session';
import { textWith } from '../components/textWith';
import { UserText } from '../components/UserText';
import { AltegioReachNotice } from './AltegioReachNotice';
import { UnreadableRecordsNotice } from './UnreadableRecordsNotice';
import { Hint } from '../components/Hint';
import { i18n, params, useMessages } from '../i18n';

const messages = i18n('app/StatusBar', {
  statusBar: 'Status bar',
  memoryOnlyHint:
    'This system offers no secure storage for credentials, so Frontdesk keeps them only until it quits. You will sign in again next time.',
  memoryOnly: 'Signed in until Frontdesk quits',
  demo: 'Demo location (built-in)',
  connectedTo: params('Connected to {host}'),
  asUser: 'as {name}',
  version: params('Frontdesk {version} · {platform}'),
  versionUnavailable: 'Version unavailable',
  desktop: 'Desktop',
});

const platformNames = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' } as const;

export function StatusBar() {
  const t = useMessages(messages);
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
        aria-label={t.statusBar}
        sx={{ display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'flex-end' }}
      >
        {location && <AltegioReachNotice location={location} signedIn={session?.signedIn === true} />}
        {connection && <UnreadableRecordsNotice />}
        {connection && session?.credentialStorage === 'memory' && (
          <Hint title={t.memoryOnlyHint}>
            <Typography
              variant="caption"
              color="warning.main"
              sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
            >
              <WarningAmberIcon fontSize="inherit" /> {t.memoryOnly}
            </Typography>
          </Hint>
        )}
        {connection && (
          <Typography variant="caption" color="text.secondary" data-testid="connection">
            {connection.kind === 'demo' ? t.demo : t.connectedTo({ host: connection.host })}
            {session?.userName && (
              <> {textWith(t.asUser, { name: <UserText>{session.userName}</UserText> })}</>
            )}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" data-testid="app-version">
          {info.data
            ? t.version({
                version: info.data.version,
                platform: info.data.platform === 'other' ? t.desktop : platformNames[info.data.platform],
              })
            : info.isError
              ? t.versionUnavailable
              : 'Frontdesk'}
        </Typography>
      </Box>
    </Box>
  );
}
