import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { PartnerAppointment } from '../../../../shared/domain/partnerReport';
import { i18n, useMessages } from '../../i18n';
import { formatMoney } from '../../money';
import { statusNames } from '../appointments';
import { servicesText, whenText } from './model';
import { UserText } from '../../components/UserText';

const messages = i18n('partnerReport/PartnerReportTable', {
  table: 'Appointments booked with Frontdesk',
  when: 'Date and time',
  member: 'Team member',
  client: 'Client',
  services: 'Services',
  cost: 'Cost',
  bookedAt: 'Booked at',
  status: 'Status',
  walkIn: 'Walk-in',
  deleted: 'Deleted',
});

interface PartnerReportTableProps {
  appointments: readonly PartnerAppointment[];
  zone: string;
  currency: string;
}

/** The appointments booked through Frontdesk: when, with whom, for whom, what and for how much. */
export function PartnerReportTable({ appointments, zone, currency }: PartnerReportTableProps) {
  const t = useMessages(messages);
  return (
    <Table size="small" aria-label={t.table}>
      <TableHead>
        <TableRow>
          <TableCell>{t.when}</TableCell>
          <TableCell>{t.member}</TableCell>
          <TableCell>{t.client}</TableCell>
          <TableCell>{t.services}</TableCell>
          <TableCell align="right">{t.cost}</TableCell>
          <TableCell>{t.bookedAt}</TableCell>
          <TableCell>{t.status}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {appointments.map((appointment) => (
          <TableRow
            key={appointment.id}
            data-appointment-id={appointment.id}
            sx={appointment.deleted ? { '& td': { color: 'text.disabled' } } : undefined}
          >
            <TableCell>{whenText(appointment.start, zone)}</TableCell>
            <TableCell>{appointment.teamMember?.name ?? '—'}</TableCell>
            <TableCell>
              {appointment.client ? (
                <>
                  <UserText>{appointment.client.name}</UserText>
                  {appointment.client.phone && ` ${appointment.client.phone}`}
                </>
              ) : (
                t.walkIn
              )}
            </TableCell>
            <TableCell>{servicesText(appointment)}</TableCell>
            <TableCell align="right">{formatMoney(appointment.cost, currency)}</TableCell>
            <TableCell>{whenText(appointment.createdAt, zone)}</TableCell>
            <TableCell>
              {appointment.deleted ? (
                <Chip size="small" color="error" variant="outlined" label={t.deleted} />
              ) : (
                statusNames[appointment.status]
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
