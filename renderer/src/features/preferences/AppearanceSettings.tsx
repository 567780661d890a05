import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { ThemePreference } from '../../../../shared/domain/preferences';
import { usePreferences } from './usePreferences';

const labels: Record<ThemePreference, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

export function AppearanceSettings() {
  const { preferences, update } = usePreferences();
  return (
    <FormControl>
      <FormLabel id="theme-label">Theme</FormLabel>
      <RadioGroup
        aria-labelledby="theme-label"
        value={preferences.theme}
        onChange={(event) => {
          const parsed = ThemePreference.safeParse(event.target.value);
          if (parsed.success) update({ theme: parsed.data });
        }}
      >
        {ThemePreference.options.map((option) => (
          <FormControlLabel key={option} value={option} control={<Radio />} label={labels[option]} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
