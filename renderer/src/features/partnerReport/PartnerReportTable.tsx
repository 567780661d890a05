import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { PartnerAppointment } from '../../../../shared/domain/partnerReport';
import { formatMoney } from '../../money';
import { statusNames } from '../appointments';
import { servicesText, whenText } from './model';
import { UserText } from '../../components/UserText';

interface PartnerReportTableProps {
  appointments: readonly PartnerAppointment[];
  zone: string;
  currency: string;
}

/** The appointments booked through Frontdesk: when, with whom, for whom, what and for how much. */
export function PartnerReportTable({ appointments, zone, currency }: PartnerReportTableProps) {
  return (
    <Table size="small" aria-label="Appointments booked with Frontdesk">
      <TableHead>
        <TableRow>
          <TableCell>Date and time</TableCell>
          <TableCell>Team member</TableCell>
          <TableCell>Client</TableCell>
          <TableCell>Services</TableCell>
          <TableCell align="right">Cost</TableCell>
          <TableCell>Booked at</TableCell>
          <TableCell>Status</TableCell>
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
                'Walk-in'
              )}
            </TableCell>
            <TableCell>{servicesText(appointment)}</TableCell>
            <TableCell align="right">{formatMoney(appointment.cost, currency)}</TableCell>
            <TableCell>{whenText(appointment.createdAt, zone)}</TableCell>
            <TableCell>
              {appointment.deleted ? (
                <Chip size="small" color="error" variant="outlined" label="Deleted" />
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
