import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import { sections, type SectionId } from './sections';
import { Hint } from '../components/Hint';
import { i18n, useMessages } from '../i18n';

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
  const width = open ? DRAWER_WIDTH_OPEN : DRAWER_WIDTH_CLOSED;
  return (
    <Drawer
      variant="permanent"
      sx={{
        width,
        flexShrink: 0,
        '& .MuiDrawer-paper': {
          width,
          boxSizing: 'border-box',
          overflowX: 'hidden',
          transition: 'width 150ms',
        },
      }}
    >
      <Toolbar variant="dense" />
      <nav aria-label={t.sections}>
        <List>
          {sections.map((section) => (
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
    </Drawer>
  );
}
