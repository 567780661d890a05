import { useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import MenuIcon from '@mui/icons-material/Menu';
import { NavigationDrawer } from '../features/navigation/NavigationDrawer';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { LocationMenu } from '../features/session/LocationMenu';
import { useOpenLocation } from '../features/session/useSession';
import { sections, type SectionId } from '../features/navigation/sections';
import { SettingsPage } from '../features/settings/SettingsPage';
import { usePreferences } from '../features/settings/usePreferences';
import { EmptyState } from './EmptyState';
import { ErrorBoundary } from './ErrorBoundary';
import { StatusBar } from './StatusBar';
import { ThemeToggle } from './ThemeToggle';

function SectionContent({ section }: { section: SectionId }) {
  const location = useOpenLocation();
  if (section === 'settings') return <SettingsPage />;
  if (section === 'appointments' && location) return <CalendarPage key={location.id} location={location} />;
  const meta = sections.find((item) => item.id === section)!;
  return <EmptyState title={meta.label} description={meta.description} icon={meta.icon} />;
}

export function AppFrame() {
  const { preferences, update } = usePreferences();
  const [section, setSection] = useState<SectionId>('appointments');
  const current = sections.find((item) => item.id === section)!;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <IconButton
            edge="start"
            color="inherit"
            aria-label={preferences.navigationOpen ? 'Collapse navigation' : 'Expand navigation'}
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
            <SectionContent section={section} />
          </ErrorBoundary>
        </Box>
      </Box>
      <StatusBar />
    </Box>
  );
}
