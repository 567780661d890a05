import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { DateTime } from 'luxon';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('visits/VisitAppointments', {
  table: 'Appointments of the visit',
  when: 'When',
  member: 'Team member',
  services: 'Services',
  noServices: 'No services',
});

interface VisitAppointmentsProps {
  appointments: readonly Appointment[];
  zone: string;
  teamMembers: readonly TeamMember[];
}

/** Every appointment of the visit: when, with whom, and which services. */
export function VisitAppointments({ appointments, zone, teamMembers }: VisitAppointmentsProps) {
  const t = useMessages(messages);
  const nameOf = (id: number) => teamMembers.find((member) => member.id === id)?.name ?? `#${id}`;
  return (
    <Table size="small" aria-label={t.table}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ pl: 0 }}>{t.when}</TableCell>
          <TableCell>{t.member}</TableCell>
          <TableCell>{t.services}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {appointments.map((appointment) => {
          const start = DateTime.fromISO(appointment.start).setZone(zone);
          const end = DateTime.fromISO(appointment.end).setZone(zone);
          return (
            <TableRow key={appointment.id} data-appointment-id={appointment.id}>
              <TableCell sx={{ pl: 0, whiteSpace: 'nowrap' }}>
                {start.toFormat('ccc d LLL')} · {start.toFormat('HH:mm')}–{end.toFormat('HH:mm')}
              </TableCell>
              <TableCell>{nameOf(appointment.teamMemberId)}</TableCell>
              <TableCell>
                {appointment.services.map((service) => service.title).join(', ') || t.noServices}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
