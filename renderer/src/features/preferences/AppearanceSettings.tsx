import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { LanguagePreference, ThemePreference } from '../../../../shared/domain/preferences';
import { i18n, useMessages } from '../../i18n';
import { usePreferences } from './usePreferences';

const messages = i18n('preferences/AppearanceSettings', {
  theme: 'Theme',
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
  language: 'Language',
  systemLanguage: 'The system’s language',
  languageHelp: 'English where the system speaks a language Frontdesk has not.',
});

/** Each language by its own name, as a language menu shows it whatever the language around it. */
const LANGUAGE_NAMES: Record<Exclude<LanguagePreference, 'system'>, string> = {
  en: 'English',
  es: 'Español',
};

export function AppearanceSettings() {
  const { preferences, update } = usePreferences();
  const t = useMessages(messages);
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 520 }}>
      <FormControl>
        <FormLabel id="theme-label">{t.theme}</FormLabel>
        <RadioGroup
          aria-labelledby="theme-label"
          value={preferences.theme}
          onChange={(event) => {
            const parsed = ThemePreference.safeParse(event.target.value);
            if (parsed.success) update({ theme: parsed.data });
          }}
        >
          {ThemePreference.options.map((option) => (
            <FormControlLabel key={option} value={option} control={<Radio />} label={t[option]} />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        select
        label={t.language}
        value={preferences.language}
        helperText={t.languageHelp}
        onChange={(event) => {
          const parsed = LanguagePreference.safeParse(event.target.value);
          if (parsed.success) update({ language: parsed.data });
        }}
      >
        {LanguagePreference.options.map((option) => (
          <MenuItem key={option} value={option} lang={option === 'system' ? undefined : option}>
            {option === 'system' ? t.systemLanguage : LANGUAGE_NAMES[option]}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
