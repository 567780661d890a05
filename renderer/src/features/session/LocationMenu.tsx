import { Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { i18n, params, useMessages } from '../../i18n';
import { lazyPart, useOpenedOnce } from '../../lazyPart';
import { currentLocation, useSession } from './useSession';

const messages = i18n('session/LocationMenu', {
  switch: params('Location: {location}. Switch location or sign out'),
});

const LocationMenuList = lazyPart(() =>
  import('./LocationMenuList').then((module) => module.LocationMenuList),
);

/** The app bar's location switch, with sign-out. */
export function LocationMenu() {
  const t = useMessages(messages);
  const { session, selectLocation, signOut } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const opened = useOpenedOnce(anchor !== null);
  const location = currentLocation(session);
  if (!session?.signedIn || !location) return null;

  return (
    <>
      <Button
        color="inherit"
        endIcon={<ExpandMoreIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-label={t.switch({ location: location.title })}
        data-testid="current-location"
        sx={{ textTransform: 'none' }}
      >
        {location.title}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <LocationMenuList
            anchor={anchor}
            onClose={() => setAnchor(null)}
            locations={session.locations}
            current={location}
            userName={session.userName}
            onSelect={(id) => selectLocation.mutate(id)}
            onSignOut={() => signOut.mutate()}
          />
        </Suspense>
      )}
    </>
  );
}
