import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { AppearanceSettings } from '../preferences';

export function SettingsPage() {
  return (
    <Stack spacing={2} sx={{ p: 3, maxWidth: 720 }}>
      <Typography variant="h5" component="h1">
        Settings
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          Appearance
        </Typography>
        <AppearanceSettings />
      </Paper>
    </Stack>
  );
}
