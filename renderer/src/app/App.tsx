import { useEffect, useMemo } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import useMediaQuery from '@mui/material/useMediaQuery';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { PreferencesResetNotice, usePreferences } from '../features/preferences';
import { SessionGate } from '../features/session';
import { useLibraryLocales } from '../i18n';
import { useAppliedLanguage } from '../i18n/useAppliedLanguage';
import { createAppTheme } from '../theme';
import { AppFrame } from './AppFrame';

export function App() {
  const { preferences, loaded, error } = usePreferences();
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = preferences.theme === 'system' ? (systemDark ? 'dark' : 'light') : preferences.theme;
  const language = useAppliedLanguage(preferences.language);
  const libraries = useLibraryLocales();
  const theme = useMemo(() => createAppTheme(mode, libraries.mui), [mode, libraries.mui]);
  useEffect(() => {
    document.documentElement.dataset['themeMode'] = mode;
  }, [mode]);

  // Until main answers, the theme and every setting on screen would be the defaults: a flash of the wrong
  // theme, and a setting changed then would be laid over defaults rather than over what the user chose.
  // Until the language's translations are in, the screens would show English first.
  if ((!loaded && !error) || !language) return null;

  return (
    <ThemeProvider theme={theme}>
      <LocalizationProvider
        dateAdapter={AdapterLuxon}
        adapterLocale={language}
        localeText={libraries.pickersLocaleText}
      >
        <CssBaseline />
        <ErrorBoundary>
          <SessionGate>
            <AppFrame />
          </SessionGate>
          <PreferencesResetNotice />
        </ErrorBoundary>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
