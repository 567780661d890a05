import IconButton from '@mui/material/IconButton';
import BrightnessAutoIcon from '@mui/icons-material/BrightnessAuto';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import type { ThemePreference } from '../../../shared/domain/preferences';
import { Hint } from './Hint';

const next: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };
const describe: Record<ThemePreference, string> = {
  system: 'Theme follows the system',
  light: 'Light theme',
  dark: 'Dark theme',
};

interface ThemeToggleProps {
  value: ThemePreference;
  onChange: (value: ThemePreference) => void;
}

export function ThemeToggle({ value, onChange }: ThemeToggleProps) {
  const icon =
    value === 'system' ? <BrightnessAutoIcon /> : value === 'light' ? <LightModeIcon /> : <DarkModeIcon />;
  return (
    <Hint title={`${describe[value]} (click to change)`}>
      <IconButton
        color="inherit"
        aria-label={`${describe[value]}; switch theme`}
        onClick={() => onChange(next[value])}
      >
        {icon}
      </IconButton>
    </Hint>
  );
}
