import type { Localization } from '@mui/material/locale';
import { createTheme, type Theme } from '@mui/material/styles';

export type ColorMode = 'light' | 'dark';

/** The app's theme; `localization` is MUI's own words in the language shown (none for English). */
export function createAppTheme(mode: ColorMode, localization: Localization = {}): Theme {
  return createTheme(
    {
      palette: {
        mode,
        primary: { main: mode === 'light' ? '#1d5fa8' : '#8ab8f0' },
        secondary: { main: mode === 'light' ? '#8a4fb5' : '#d0a8ef' },
        // MUI's light info and warning fall below 4.5:1 as text on white (and under white text).
        ...(mode === 'light' && { info: { main: '#01579b' }, warning: { main: '#b35300' } }),
        background:
          mode === 'light'
            ? { default: '#f5f6f8', paper: '#ffffff' }
            : { default: '#14171c', paper: '#1c2027' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: '"Roboto", "Segoe UI", "Helvetica Neue", system-ui, -apple-system, sans-serif',
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        // Text from Altegio may hold a 5,000-letter word: where it shows, it wraps instead of widening the panel.
        MuiCssBaseline: {
          styleOverrides: {
            'bdi, .MuiDrawer-paper, .MuiDialog-paper, .MuiAlert-message, .MuiTableCell-root, .MuiListItemText-root':
              { overflowWrap: 'anywhere' },
          },
        },
      },
    },
    localization,
  );
}
