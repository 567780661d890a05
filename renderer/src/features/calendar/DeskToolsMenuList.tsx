import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import type { DeskTool } from './DeskToolsMenu';

interface DeskToolsMenuListProps {
  tools: readonly DeskTool[];
  anchor: HTMLElement | null;
  onClose: () => void;
}

/** The Desk tools menu's list of tools, each with its key. */
export function DeskToolsMenuList({ tools, anchor, onClose }: DeskToolsMenuListProps) {
  return (
    <Menu anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      {tools.map((tool) => (
        <MenuItem
          key={tool.id}
          onClick={() => {
            onClose();
            tool.run();
          }}
        >
          <ListItemText>{tool.label}</ListItemText>
          {tool.shortcut && (
            <Typography variant="body2" color="text.secondary" sx={{ ml: 2 }}>
              {tool.shortcut.toUpperCase()}
            </Typography>
          )}
        </MenuItem>
      ))}
    </Menu>
  );
}
