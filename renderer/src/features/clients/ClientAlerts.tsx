import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { UserText } from '../../components/UserText';
import { isolate } from '../../components/isolate';
import { problemText } from '../../api';
import { i18n, useMessages } from '../../i18n';
import { LabelChip } from '../labels';
import { useClientComments, useClientDetails } from './api';
import { visitsText } from './format';
import { noShowsText, noShowsWindow, upcomingText } from './model';

const messages = i18n('clients/ClientAlerts', {
  checking: 'Checking the client’s history…',
  unavailable: 'Client alerts unavailable:',
  tryAgain: 'please try again.',
  retry: 'Retry',
  alerts: 'Client alerts',
  comment: 'Comment',
  note: 'Note',
});

interface ClientAlertsProps {
  locationId: number;
  clientId: number;
  zone: string;
}

function OneLine({ label, text }: { label: string; text: string }) {
  return (
    <Typography variant="body2" noWrap title={isolate(text)}>
      <Box component="span" sx={{ fontWeight: 600 }}>
        {label}:
      </Box>{' '}
      <UserText>{text}</UserText>
    </Typography>
  );
}

/**
 * What the desk should see before booking a client: labels, the card's comment and newest note, visits,
 * no-shows and upcoming appointments, in a few short lines. Loading or failing never holds up booking.
 */
export function ClientAlerts({ locationId, clientId, zone }: ClientAlertsProps) {
  const details = useClientDetails(locationId, clientId);
  const notes = useClientComments(locationId, clientId);
  const t = useMessages(messages);
  if (details.isPending)
    return (
      <Typography variant="caption" color="text.secondary">
        {t.checking}
      </Typography>
    );
  if (details.error)
    return (
      <Typography variant="caption" color="text.secondary">
        {t.unavailable} {problemText(details.error, t.tryAgain)}{' '}
        <Link component="button" type="button" variant="caption" onClick={() => void details.refetch()}>
          {t.retry}
        </Link>
      </Typography>
    );
  const { client, history } = details.data;
  const newestNote = notes.data?.[0];
  return (
    <Box role="region" aria-label={t.alerts} sx={{ py: 0.5 }}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75, alignItems: 'center' }}>
        {client.labels.map((label) => (
          <LabelChip key={label.id} label={label} />
        ))}
        <Chip size="small" variant="outlined" label={visitsText(client.visits)} />
        <Chip
          size="small"
          variant={history.noShows > 0 ? 'filled' : 'outlined'}
          color={history.noShows > 0 ? 'warning' : 'default'}
          label={noShowsText(history.noShows)}
          title={noShowsWindow(history.noShowsSince)}
        />
        <Chip
          size="small"
          variant="outlined"
          color={history.upcomingCount > 0 ? 'info' : 'default'}
          label={upcomingText(history.upcoming[0]?.start, history.upcomingCount, zone)}
        />
      </Stack>
      {client.comment && <OneLine label={t.comment} text={client.comment} />}
      {newestNote && <OneLine label={t.note} text={newestNote.text} />}
    </Box>
  );
}
