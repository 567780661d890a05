import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { useRecentVisits } from '../clients';
import { formatMoney, useCurrency } from '../../money';
import { formatWhen, statusNames } from './format';
import { problemText } from '../../api';

interface RecentVisitsProps {
  locationId: number;
  clientId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
}

/** The picked client's latest appointments, so the desk can book "the same as last time". */
export function RecentVisits({ locationId, clientId, zone, teamMembers }: RecentVisitsProps) {
  const visits = useRecentVisits(locationId, clientId);
  const currency = useCurrency();
  if (visits.isPending) return <Typography variant="caption">Loading the last visits…</Typography>;
  if (visits.error)
    return (
      <Typography variant="caption">
        Last visits unavailable: {problemText(visits.error, 'please try again.')}
      </Typography>
    );
  if (visits.data.length === 0) return <Typography variant="caption">No earlier visits.</Typography>;
  return (
    <List dense disablePadding aria-label="Last visits">
      {visits.data.map((visit) => {
        const member = teamMembers.find((item) => item.id === visit.teamMemberId)?.name ?? 'Unknown';
        return (
          <ListItem key={visit.id} disableGutters sx={{ py: 0 }}>
            <ListItemText
              primary={`${formatWhen(visit.start, zone)} · ${member} · ${visit.services.join(', ') || 'No services'}`}
              secondary={`${statusNames[visit.status]} · ${formatMoney(visit.total, currency)}`}
              slotProps={{ primary: { variant: 'body2' } }}
            />
          </ListItem>
        );
      })}
    </List>
  );
}
