import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import StoreIcon from '@mui/icons-material/Store';
import { UserText } from '../../components/UserText';
import type { Location } from '../../../../shared/domain/location';
import { useSession } from './useSession';
import { problemText } from '../../api';
import { i18n, useMessages } from '../../i18n';
import { textWith } from '../../components/textWith';

const messages = i18n('session/LocationPicker', {
  title: 'Choose a location',
  signedInAs: 'Signed in as {name}. Frontdesk remembers your choice; switch any time from the top bar.',
  locations: 'Locations',
  couldNotOpen: 'That location could not be opened.',
  signOut: 'Sign out',
});

export function describeLocation(location: Location): string {
  return [location.city, location.timezone.replace(/_/g, ' ')].filter(Boolean).join(' · ');
}

/** Shown after sign-in when the account manages several locations and none was chosen before. */
export function LocationPicker() {
  const t = useMessages(messages);
  const { session, selectLocation, signOut } = useSession();
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 520, p: 4 }} component="main">
        <Typography variant="h5" component="h1">
          {t.title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {textWith(t.signedInAs, { name: <UserText>{session?.userName}</UserText> })}
        </Typography>
        <List aria-label={t.locations}>
          {session?.locations.map((location) => (
            <ListItem key={location.id} disablePadding>
              <ListItemButton
                onClick={() => selectLocation.mutate(location.id)}
                disabled={selectLocation.isPending}
              >
                <ListItemIcon>
                  <StoreIcon />
                </ListItemIcon>
                <ListItemText primary={location.title} secondary={describeLocation(location)} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
        {selectLocation.error && (
          <Alert severity="error">{problemText(selectLocation.error, t.couldNotOpen)}</Alert>
        )}
        <Button onClick={() => signOut.mutate()} sx={{ mt: 1 }}>
          {t.signOut}
        </Button>
      </Paper>
    </Box>
  );
}
