import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Typography from '@mui/material/Typography';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import { DateTime } from 'luxon';
import { altegioReach, onReachChange } from '../altegioReach';
import { call } from '../api';
import { askForChangesNow } from '../features/appointments';
import type { Location } from '../../../shared/domain/location';
import { i18n, params, useMessages } from '../i18n';

const messages = i18n('app/AltegioReachNotice', {
  outOfReach: params(
    'Altegio cannot be reached since {time}. Frontdesk keeps trying; what is open stays as it is.',
  ),
});

/** The pause, while Altegio is out of reach, between one probe's end and the next. */
export const REACH_PROBE_MS = 5_000;

/**
 * One calm line in the status bar while Altegio cannot be reached (since when, on the location's clock),
 * instead of an error on every screen; the bar stays above an open dialog so the line is seen there too.
 * Everything open stays as it is. While it lasts and the desk is signed in, a small read a few seconds
 * after the last one looks for Altegio; once it answers, the line goes, what failed to load loads again
 * and the calendar catches up with the changes, with no reload.
 */
export function AltegioReachNotice({ location, signedIn }: { location: Location; signedIn: boolean }) {
  const t = useMessages(messages);
  const reach = useSyncExternalStore(onReachChange, altegioReach);
  const queryClient = useQueryClient();
  const since = reach.outOfReachSince;
  const wasOut = useRef(false);

  useEffect(() => {
    if (since === null || !signedIn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const next = () => {
      if (!stopped) timer = setTimeout(probe, REACH_PROBE_MS);
    };
    const probe = () => void call('altegio.probe', { locationId: location.id }).then(next, next);
    next();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [since, signedIn, location.id]);

  useEffect(() => {
    if (since !== null) {
      wasOut.current = true;
      return;
    }
    if (!wasOut.current) return;
    wasOut.current = false;
    void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    askForChangesNow(queryClient, location.id);
  }, [since, queryClient, location.id]);

  if (since === null) return null;
  const at = DateTime.fromMillis(since, { zone: location.timezone }).toFormat('HH:mm');
  return (
    <Typography
      variant="caption"
      color="warning.main"
      data-testid="altegio-out-of-reach"
      sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mr: 'auto', fontWeight: 500 }}
    >
      <CloudOffIcon fontSize="inherit" />
      {t.outOfReach({ time: at })}
    </Typography>
  );
}
