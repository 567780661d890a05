import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { ClientCard } from '../../../../shared/contract/clients';
import type { CustomField } from '../../../../shared/domain/customField';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { i18n, params, useMessages } from '../../i18n';
import { formatMoney } from '../../money';
import { shownValues } from '../customFields';
import { LabelChip } from '../labels';
import { ClientHistoryList } from './ClientHistoryList';
import { visitsText } from './format';
import { noShowsText, noShowsWindow } from './model';

const messages = i18n('clients/ClientDetails', {
  details: 'Client details',
  phone: 'Phone',
  email: 'E-mail',
  visits: 'Visits',
  spend: 'Total spend',
  noShows: 'No-shows',
  labels: 'Labels',
  comment: 'Comment',
  upcoming: 'Upcoming',
  upcomingCount: params('Upcoming ({count})'),
  noUpcoming: 'No upcoming appointments.',
  lastVisits: 'Last visits',
  noVisits: 'No earlier visits.',
});

interface ClientDetailsProps {
  card: ClientCard;
  fields: readonly CustomField[];
  zone: string;
  currency: string;
  teamMembers: readonly TeamMember[];
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ pl: 0, width: 150, color: 'text.secondary' }}>
        {label}
      </TableCell>
      <TableCell>{children}</TableCell>
    </TableRow>
  );
}

/** The card's read-only part: contacts, totals, labels, fields, the card comment and the appointments. */
export function ClientDetails({ card, fields, zone, currency, teamMembers }: ClientDetailsProps) {
  const { client, history } = card;
  const t = useMessages(messages);
  return (
    <>
      <Table size="small" aria-label={t.details}>
        <TableBody>
          <Row label={t.phone}>{client.phone || '—'}</Row>
          <Row label={t.email}>{client.email || '—'}</Row>
          <Row label={t.visits}>{visitsText(client.visits)}</Row>
          <Row label={t.spend}>{formatMoney(client.spent, currency)}</Row>
          <Row label={t.noShows}>
            <Tooltip title={noShowsWindow(history.noShowsSince)}>
              <span>{noShowsText(history.noShows)}</span>
            </Tooltip>
          </Row>
          {client.labels.length > 0 && (
            <Row label={t.labels}>
              <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                {client.labels.map((label) => (
                  <LabelChip key={label.id} label={label} />
                ))}
              </Stack>
            </Row>
          )}
          {shownValues(fields, client.customFields).map((value) => (
            <Row key={value.code} label={value.title}>
              {value.text}
            </Row>
          ))}
          {client.comment && (
            <Row label={t.comment}>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {client.comment}
              </Typography>
            </Row>
          )}
        </TableBody>
      </Table>
      <ClientHistoryList
        title={
          history.upcomingCount > history.upcoming.length
            ? t.upcomingCount({ count: history.upcomingCount })
            : t.upcoming
        }
        empty={t.noUpcoming}
        visits={history.upcoming}
        zone={zone}
        teamMembers={teamMembers}
        currency={currency}
      />
      <ClientHistoryList
        title={t.lastVisits}
        empty={t.noVisits}
        visits={history.lastVisits}
        zone={zone}
        teamMembers={teamMembers}
        currency={currency}
      />
    </>
  );
}
