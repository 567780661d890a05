import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { call, queryKeys } from '../api';

const platformNames = { linux: 'Linux', darwin: 'macOS', win32: 'Windows', other: 'Desktop' } as const;

export function StatusBar() {
  const info = useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: () => call('app.info'),
    staleTime: Infinity,
  });
  return (
    <Box
      component="footer"
      role="status"
      aria-label="Status bar"
      sx={{
        px: 2,
        py: 0.25,
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        display: 'flex',
        gap: 2,
        justifyContent: 'flex-end',
      }}
    >
      <Typography variant="caption" color="text.secondary" data-testid="app-version">
        {info.data
          ? `Frontdesk ${info.data.version} · ${platformNames[info.data.platform]}`
          : info.isError
            ? 'Version unavailable'
            : 'Frontdesk'}
      </Typography>
    </Box>
  );
}
