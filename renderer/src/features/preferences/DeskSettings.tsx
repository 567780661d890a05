import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { AppearanceSettings } from './AppearanceSettings';
import { CalendarPreferences } from './CalendarPreferences';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('preferences/DeskSettings', {
  keptHere: 'These choices are kept on this computer for this user, and apply at once.',
  appearance: 'Appearance',
  calendar: 'Calendar',
  breaksElsewhere:
    'The technical break new appointments start with is chosen per location, under Technical breaks.',
});

/** What this desk chooses for itself: kept on this computer, not in Altegio. */
export function DeskSettings() {
  const t = useMessages(messages);
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t.keptHere}
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          {t.appearance}
        </Typography>
        <AppearanceSettings />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          {t.calendar}
        </Typography>
        <CalendarPreferences />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t.breaksElsewhere}
        </Typography>
      </Paper>
    </Stack>
  );
}
