import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Toolbar from '@mui/material/Toolbar';
import { sections, type SectionId } from './sections';
import { Hint } from '../components/Hint';
import { i18n, useMessages } from '../i18n';
import { useSession } from '../features/session';

const messages = i18n('app/NavigationDrawer', { sections: 'Sections' });

export const DRAWER_WIDTH_OPEN = 232;
export const DRAWER_WIDTH_CLOSED = 64;

interface NavigationDrawerProps {
  open: boolean;
  current: SectionId;
  onSelect: (section: SectionId) => void;
}

export function NavigationDrawer({ open, current, onSelect }: NavigationDrawerProps) {
  const t = useMessages(messages);
  const { session } = useSession();
  const locations = session?.locations ?? [];
  const offered = sections.filter((section) => section.shownFor?.(locations) ?? true);
  const width = open ? DRAWER_WIDTH_OPEN : DRAWER_WIDTH_CLOSED;
  return (
    // A docked side panel, drawn as MUI's permanent Drawer draws it: the Drawer module would bring Modal
    // and its transitions into the first paint for a panel that never floats.
    <Box sx={{ width, flexShrink: 0, transition: 'width 150ms' }}>
      <Paper
        square
        elevation={0}
        sx={{
          position: 'fixed',
          top: 0,
          left: 0,
          height: '100%',
          width,
          boxSizing: 'border-box',
          display: 'flex',
          flexDirection: 'column',
          overflowY: 'auto',
          overflowX: 'hidden',
          borderRight: 1,
          borderColor: 'divider',
          zIndex: (theme) => theme.zIndex.drawer,
          transition: 'width 150ms',
        }}
      >
        <Toolbar variant="dense" />
        <nav aria-label={t.sections}>
          <List>
            {offered.map((section) => (
              <ListItem key={section.id} disablePadding>
                <Hint title={open ? '' : section.label} placement="right">
                  <ListItemButton
                    selected={section.id === current}
                    onClick={() => onSelect(section.id)}
                    aria-current={section.id === current ? 'page' : undefined}
                  >
                    <ListItemIcon sx={{ minWidth: 40 }}>
                      <section.icon />
                    </ListItemIcon>
                    <ListItemText
                      primary={section.label}
                      sx={{ opacity: open ? 1 : 0, whiteSpace: 'nowrap' }}
                    />
                  </ListItemButton>
                </Hint>
              </ListItem>
            ))}
          </List>
        </nav>
      </Paper>
    </Box>
  );
}
