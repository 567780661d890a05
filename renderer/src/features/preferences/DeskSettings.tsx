import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { AppearanceSettings } from './AppearanceSettings';
import { CalendarPreferences } from './CalendarPreferences';

/** What this desk chooses for itself: kept on this computer, not in Altegio. */
export function DeskSettings() {
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        These choices are kept on this computer for this user, and apply at once.
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          Appearance
        </Typography>
        <AppearanceSettings />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          Calendar
        </Typography>
        <CalendarPreferences />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          The technical break new appointments start with is chosen per location, under Technical breaks.
        </Typography>
      </Paper>
    </Stack>
  );
}
