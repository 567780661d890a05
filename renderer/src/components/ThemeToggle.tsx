import IconButton from '@mui/material/IconButton';
import BrightnessAutoIcon from '@mui/icons-material/BrightnessAuto';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import type { ThemePreference } from '../../../shared/domain/preferences';
import { i18n, params, useMessages } from '../i18n';
import { Hint } from './Hint';

const next: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };
const messages = i18n('components/ThemeToggle', {
  system: 'Theme follows the system',
  light: 'Light theme',
  dark: 'Dark theme',
  hint: params('{theme} (click to change)'),
  label: params('{theme}; switch theme'),
} satisfies Record<ThemePreference, string> & Record<string, unknown>);

interface ThemeToggleProps {
  value: ThemePreference;
  onChange: (value: ThemePreference) => void;
}

export function ThemeToggle({ value, onChange }: ThemeToggleProps) {
  const t = useMessages(messages);
  const theme = t[value];
  const icon =
    value === 'system' ? <BrightnessAutoIcon /> : value === 'light' ? <LightModeIcon /> : <DarkModeIcon />;
  return (
    <Hint title={t.hint({ theme })}>
      <IconButton color="inherit" aria-label={t.label({ theme })} onClick={() => onChange(next[value])}>
        {icon}
      </IconButton>
    </Hint>
  );
}
