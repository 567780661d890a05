import { Suspense, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import MenuIcon from '@mui/icons-material/Menu';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NavigationContext, type Navigation } from '../navigation';
import { ThemeToggle } from '../components/ThemeToggle';
import { AboutButton } from '../features/about';
import { showEditedClient } from '../features/appointments';
import { ClientCardProvider } from '../features/clients';
import { CommandPaletteHost } from '../features/commandPalette';
import { usePreferences } from '../features/preferences';
import { LocationMenu, useOpenLocation } from '../features/session';
import { ShortcutsButton } from '../features/shortcuts';
import { i18n, params, useMessages } from '../i18n';
import { NavigationDrawer } from './NavigationDrawer';
import { sectionById, sections, type SectionId } from './sections';
import { StatusBar } from './StatusBar';

const messages = i18n('app/AppFrame', {
  loading: params('Loading {section}'),
  collapse: 'Collapse navigation',
  expand: 'Expand navigation',
});

function SectionContent({ section }: { section: SectionId }) {
  const t = useMessages(messages);
  const location = useOpenLocation();
  const { page: Page } = sectionById(section);
  // A page per location: switching locations starts it afresh, with nothing of the other one's.
  return location ? (
    <Suspense fallback={<LinearProgress aria-label={t.loading({ section: sectionById(section).label })} />}>
      <Page key={location.id} location={location} />
    </Suspense>
  ) : null;
}

export function AppFrame() {
  const t = useMessages(messages);
  const { preferences, update } = usePreferences();
  const queryClient = useQueryClient();
  const [{ section, focus }, setPlace] = useState<{ section: SectionId; focus: string | null }>({
    section: 'calendar',
    focus: null,
  });
  const setSection = (next: SectionId) => setPlace({ section: next, focus: null });
  const current = sectionById(section);
  const navigation = useMemo<Navigation>(
    () => ({ section, focus, go: (next, target) => setPlace({ section: next, focus: target ?? null }) }),
    [section, focus],
  );

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <IconButton
            edge="start"
            color="inherit"
            aria-label={preferences.navigationOpen ? t.collapse : t.expand}
            onClick={() => update({ navigationOpen: !preferences.navigationOpen })}
          >
            <MenuIcon />
          </IconButton>
          <Typography variant="h6" component="div" sx={{ fontWeight: 600 }}>
            Frontdesk
          </Typography>
          <Typography
            variant="subtitle1"
            component="div"
            sx={{ opacity: 0.8, flexGrow: 1 }}
            data-testid="section-title"
          >
            · {current.label}
          </Typography>
          <LocationMenu />
          <ShortcutsButton sections={sections} />
          <AboutButton />
          <ThemeToggle value={preferences.theme} onChange={(theme) => update({ theme })} />
        </Toolbar>
      </AppBar>
      <Box sx={{ display: 'flex', flexGrow: 1, minHeight: 0 }}>
        <NavigationDrawer open={preferences.navigationOpen} current={section} onSelect={setSection} />
        <Box
          component="main"
          sx={{ flexGrow: 1, minWidth: 0, overflow: 'auto', display: 'flex', flexDirection: 'column' }}
        >
          <Toolbar variant="dense" />
          <ErrorBoundary resetKey={section}>
            <NavigationContext.Provider value={navigation}>
              <ClientCardProvider onClientSaved={(id, client) => showEditedClient(queryClient, id, client)}>
                <SectionContent section={section} />
                <CommandPaletteHost sections={sections} />
              </ClientCardProvider>
            </NavigationContext.Provider>
          </ErrorBoundary>
        </Box>
      </Box>
      <StatusBar />
    </Box>
  );
}
