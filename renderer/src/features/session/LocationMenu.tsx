import { useState } from 'react';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import CheckIcon from '@mui/icons-material/Check';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import LogoutIcon from '@mui/icons-material/Logout';
import { describeLocation } from './LocationPicker';
import { currentLocation, useSession } from './useSession';

/** The app bar's location switch, with sign-out. */
export function LocationMenu() {
  const { session, selectLocation, signOut } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const location = currentLocation(session);
  if (!session?.signedIn || !location) return null;
  const close = () => setAnchor(null);

  return (
    <>
      <Button
        color="inherit"
        endIcon={<ExpandMoreIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-label={`Location: ${location.title}. Switch location or sign out`}
        data-testid="current-location"
        sx={{ textTransform: 'none' }}
      >
        {location.title}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        {session.locations.map((item) => (
          <MenuItem
            key={item.id}
            selected={item.id === location.id}
            onClick={() => {
              close();
              if (item.id !== location.id) selectLocation.mutate(item.id);
            }}
          >
            <ListItemIcon>{item.id === location.id ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
            <ListItemText primary={item.title} secondary={describeLocation(item)} />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            signOut.mutate();
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Sign out" secondary={session.userName ?? undefined} />
        </MenuItem>
      </Menu>
    </>
  );
}
