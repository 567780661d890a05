import { useEffect, useMemo } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import useMediaQuery from '@mui/material/useMediaQuery';
import { ThemeProvider } from '@mui/material/styles';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { PreferencesResetNotice, usePreferences } from '../features/preferences';
import { SessionGate } from '../features/session';
import { createAppTheme } from '../theme';
import { AppFrame } from './AppFrame';

export function App() {
  const { preferences, loaded, error } = usePreferences();
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = preferences.theme === 'system' ? (systemDark ? 'dark' : 'light') : preferences.theme;
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  useEffect(() => {
    document.documentElement.dataset['themeMode'] = mode;
  }, [mode]);

  // Until main answers, the theme and every setting on screen would be the defaults: a flash of the wrong
  // theme, and a setting changed then would be laid over defaults rather than over what the user chose.
  if (!loaded && !error) return null;

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <SessionGate>
          <AppFrame />
        </SessionGate>
        <PreferencesResetNotice />
      </ErrorBoundary>
    </ThemeProvider>
  );
}
