import { useEffect, useMemo } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import useMediaQuery from '@mui/material/useMediaQuery';
import { ThemeProvider } from '@mui/material/styles';
import { AppFrame } from './components/AppFrame';
import { ErrorBoundary } from './components/ErrorBoundary';
import { SessionGate } from './features/session/SessionGate';
import { usePreferences } from './features/settings/usePreferences';
import { createAppTheme } from './theme';

export function App() {
  const { preferences } = usePreferences();
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = preferences.theme === 'system' ? (systemDark ? 'dark' : 'light') : preferences.theme;
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  useEffect(() => {
    document.documentElement.dataset['themeMode'] = mode;
  }, [mode]);

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <SessionGate>
          <AppFrame />
        </SessionGate>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
