import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { AppointmentOutsideHours } from '../../../../shared/contract/teamHours';
import { i18n, plural, useMessages } from '../../i18n';

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

const messages = i18n('teamHours/OutsideHoursList', {
  checking: 'Checking the appointments',
  unreadable: plural({
    one: '{count} appointment of this day could not be read, so it was not checked: look at it in Altegio.',
    other:
      '{count} appointments of this day could not be read, so they were not checked: look at them in Altegio.',
  }),
  none: 'No appointment falls outside these hours.',
  outside: plural({
    one: '{count} appointment would fall outside these hours.',
    other: '{count} appointments would fall outside these hours.',
  }),
  handOver: 'Hand them over to others (save and move them), or rebook them with the client and save anyway.',
  rebook: 'Rebook them with the client, then save anyway.',
  list: 'Appointments outside the new hours',
  noClient: 'No client',
});

const time = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone).toFormat('HH:mm');

/** The appointments the new hours would leave outside working time: time, client, phone, services. */
export function OutsideHoursList(props: OutsideHoursListProps) {
  const { error, loading, unreadable } = props;
  const t = useMessages(messages);
  if (error) return <Alert severity="warning">{error}</Alert>;
  if (loading) return <LinearProgress aria-label={t.checking} />;
  return (
    <>
      {unreadable > 0 && (
        <Alert severity="warning" data-testid="team-hours-unreadable">
          {t.unreadable(unreadable)}
        </Alert>
      )}
      <OutsideList {...props} />
    </>
  );
}

function OutsideList({ zone, appointments, canMove }: OutsideHoursListProps) {
  const t = useMessages(messages);
  if (appointments.length === 0)
    return (
      <Typography color="text.secondary" data-testid="team-hours-outside">
        {t.none}
      </Typography>
    );
  return (
    <Alert severity="warning" icon={false} data-testid="team-hours-outside">
      <Typography variant="body2">
        {t.outside(appointments.length)} {canMove ? t.handOver : t.rebook}
      </Typography>
      <List dense aria-label={t.list}>
        {appointments.map((appointment) => (
          <ListItem key={appointment.id} disableGutters>
            <ListItemText
              primary={`${time(appointment.start, zone)}–${time(appointment.end, zone)} · ${
                appointment.clientName ?? t.noClient
              }${appointment.clientPhone ? ` · ${appointment.clientPhone}` : ''}`}
              secondary={appointment.services.join(', ') || null}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
