import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

/** A tool that changes many appointments at once (a member running late, a member out…). */
export interface DeskTool {
  id: string;
  label: string;
  /** The single key that opens it, shown beside the label. */
  shortcut?: string;
  run: () => void;
}

/** The toolbar's "Desk tools" menu; nothing at all when no tool is offered. */
export function DeskToolsMenu({ tools }: { tools: readonly DeskTool[] }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (tools.length === 0) return null;
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Desk tools
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {tools.map((tool) => (
          <MenuItem
            key={tool.id}
            onClick={() => {
              setAnchor(null);
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
    </>
  );
}
