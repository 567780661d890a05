import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { AppointmentOutsideHours } from '../../../../shared/contract/teamHours';

interface OutsideHoursListProps {
  zone: string;
  loading: boolean;
  error: string | null;
  appointments: readonly AppointmentOutsideHours[];
  /** Records Altegio sent that could not be read, so could not be checked. */
  unreadable: number;
  /** The dialog can hand them over to others ("Save and move them…"). */
  canMove: boolean;
}

const time = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone).toFormat('HH:mm');

/** The appointments the new hours would leave outside working time: time, client, phone, services. */
export function OutsideHoursList(props: OutsideHoursListProps) {
  const { error, loading, unreadable } = props;
  if (error) return <Alert severity="warning">{error}</Alert>;
  if (loading) return <LinearProgress aria-label="Checking the appointments" />;
  return (
    <>
      {unreadable > 0 && (
        <Alert severity="warning" data-testid="team-hours-unreadable">
          {unreadable === 1
            ? '1 appointment of this day could not be read, so it was not checked: look at it in Altegio.'
            : `${unreadable} appointments of this day could not be read, so they were not checked: look at them in Altegio.`}
        </Alert>
      )}
      <OutsideList {...props} />
    </>
  );
}

function OutsideList({ zone, appointments, canMove }: OutsideHoursListProps) {
  if (appointments.length === 0)
    return (
      <Typography color="text.secondary" data-testid="team-hours-outside">
        No appointment falls outside these hours.
      </Typography>
    );
  return (
    <Alert severity="warning" icon={false} data-testid="team-hours-outside">
      <Typography variant="body2">
        {appointments.length === 1
          ? '1 appointment would fall outside these hours.'
          : `${appointments.length} appointments would fall outside these hours.`}{' '}
        {canMove
          ? 'Hand them over to others (save and move them), or rebook them with the client and save anyway.'
          : 'Rebook them with the client, then save anyway.'}
      </Typography>
      <List dense aria-label="Appointments outside the new hours">
        {appointments.map((appointment) => (
          <ListItem key={appointment.id} disableGutters>
            <ListItemText
              primary={`${time(appointment.start, zone)}–${time(appointment.end, zone)} · ${
                appointment.clientName ?? 'No client'
              }${appointment.clientPhone ? ` · ${appointment.clientPhone}` : ''}`}
              secondary={appointment.services.join(', ') || null}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
