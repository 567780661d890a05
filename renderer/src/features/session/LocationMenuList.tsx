import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import CheckIcon from '@mui/icons-material/Check';
import LogoutIcon from '@mui/icons-material/Logout';
import type { Location } from '../../../../shared/domain/location';
import { i18n, useMessages } from '../../i18n';
import { describeLocation } from './LocationPicker';

const messages = i18n('session/LocationMenuList', { signOut: 'Sign out' });

interface LocationMenuListProps {
  anchor: HTMLElement | null;
  onClose: () => void;
  locations: readonly Location[];
  current: Location;
  userName: string | null;
  onSelect: (locationId: number) => void;
  onSignOut: () => void;
}

/** The location menu's choices: each of the user's locations, then sign-out. */
export function LocationMenuList(props: LocationMenuListProps) {
  const t = useMessages(messages);
  const { anchor, onClose, locations, current } = props;
  return (
    <Menu anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      {locations.map((item) => (
        <MenuItem
          key={item.id}
          selected={item.id === current.id}
          onClick={() => {
            onClose();
            if (item.id !== current.id) props.onSelect(item.id);
          }}
        >
          <ListItemIcon>{item.id === current.id ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
          <ListItemText primary={item.title} secondary={describeLocation(item)} />
        </MenuItem>
      ))}
      <Divider />
      <MenuItem
        onClick={() => {
          onClose();
          props.onSignOut();
        }}
      >
        <ListItemIcon>
          <LogoutIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={t.signOut} secondary={props.userName ?? undefined} />
      </MenuItem>
    </Menu>
  );
}
