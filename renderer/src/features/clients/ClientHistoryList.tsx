import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { RecentVisit } from '../../../../shared/contract/clients';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { i18n, useMessages } from '../../i18n';
import { formatMoney } from '../../money';
import { visitLine } from './format';

const messages = i18n('clients/ClientHistoryList', {
  unknown: 'Unknown',
  noServices: 'No services',
});

interface ClientHistoryListProps {
  title: string;
  empty: string;
  visits: readonly RecentVisit[];
  zone: string;
  teamMembers: readonly TeamMember[];
  currency: string;
}

/** A few appointments of the client: when, status, who, what and how much. */
export function ClientHistoryList({
  title,
  empty,
  visits,
  zone,
  teamMembers,
  currency,
}: ClientHistoryListProps) {
  const t = useMessages(messages);
  return (
    <section aria-label={title}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      {visits.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding>
          {visits.map((visit) => {
            const member = teamMembers.find((item) => item.id === visit.teamMemberId)?.name ?? t.unknown;
            return (
              <ListItem key={visit.id} disableGutters sx={{ py: 0 }}>
                <ListItemText
                  primary={visitLine(visit.start, visit.status, zone)}
                  secondary={`${member} · ${visit.services.join(', ') || t.noServices} · ${formatMoney(visit.total, currency)}`}
                  slotProps={{ primary: { variant: 'body2' } }}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </section>
  );
}
