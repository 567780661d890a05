import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import { DateTime } from 'luxon';
import { call } from '../../api';
import { i18n, params, useMessages } from '../../i18n';
import { useReadOnly } from './useReadOnly';

const messages = i18n('offline/OfflineBanner', {
  asOf: params(
    'Offline: showing the appointment log as of {time} (last sync). Nothing can be changed until Altegio answers again.',
  ),
  notSynced:
    'Offline: the appointment log could not be synced yet. Nothing can be changed until Altegio answers again.',
  encrypted: 'The recent days are kept encrypted on this computer.',
  memory:
    'The recent days are kept in memory only: this system has no key store, so they go when Frontdesk closes.',
});

/**
 * Over the calendar while Altegio cannot be reached: what is shown is as of the last sync (`syncedAt`, epoch ms), and
 * read-only; where the kept copy lives.
 */
export function OfflineBanner({
  locationId,
  syncedAt,
  zone,
}: {
  locationId: number;
  syncedAt: number | null;
  zone: string;
}) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const status = useQuery({
    queryKey: ['offline', locationId, 'status'],
    queryFn: () => call('offline.status', { locationId }),
    enabled: readOnly !== null,
    staleTime: Infinity,
  });
  if (readOnly === null) return null;
  const storage = status.data?.storage;
  return (
    <Alert severity="warning" role="status" data-testid="offline-banner" sx={{ mx: 2, mb: 1 }}>
      {syncedAt === null
        ? t.notSynced
        : t.asOf({ time: DateTime.fromMillis(syncedAt, { zone }).toFormat('HH:mm') })}{' '}
      {storage && t[storage]}
    </Alert>
  );
}
