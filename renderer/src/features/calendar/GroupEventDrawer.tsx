import { Suspense, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import RepeatIcon from '@mui/icons-material/Repeat';
import { DateTime } from 'luxon';
import type { Location } from '../../../../shared/domain/location';
import type { ScheduleOverview } from '../../../../shared/domain/schedule';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { problemText } from '../../api';
import { i18n, params, useMessages } from '../../i18n';
import { useNavigation } from '../../navigation';
import { askForChangesNow, statusNames, useAppointmentRange, visibleAppointments } from '../appointments';
import {
  EnrolDialog,
  seriesInWeekOrder,
  useGroupEvents,
  useScheduleForEvent,
  WEEKDAY_NAMES,
} from '../schedules';
import { DetailRow, DetailsDrawer } from './DetailsDrawer';
import { bookedCount, groupWords } from './groupCards';
import { UserText } from '../../components/UserText';
import { ReadOnlyHint, useReadOnly } from '../offline';

/** A clicked group card: its event, and the days the calendar showed (where its appointments are). */
export interface GroupSelection {
  eventId: number;
  from: string;
  to: string;
}

interface GroupEventDrawerProps {
  location: Location;
  selection: GroupSelection | null;
  teamMembers: readonly TeamMember[];
  onClose: () => void;
  /** Opens one client's own appointment (in the appointment drawer). */
  onOpenAppointment: (id: number) => void;
}

const messages = i18n('calendar/GroupEventDrawer', {
  details: 'Group event details',
  gone: 'This group event is no longer on the calendar.',
  full: 'Full',
  fillFailed: 'How full the class is could not be read.',
  clients: 'Clients',
  elsewhere: 'Booked elsewhere: they show with the next update.',
  name: 'Name',
  phone: 'Phone',
  status: 'Status',
  looking: 'Looking for its schedule…',
  retry: 'Retry',
  scheduleFailed: 'Its schedule could not be read.',
  oneOff: 'A one-off group event',
  until: params('Repeats weekly until {date}'),
  series: 'Series',
  teamMember: 'Team member',
  enrol: 'Enrol a client',
  openSchedule: 'Open schedule',
});

function fillWords(words: ReturnType<typeof groupWords.get>, booked: number, capacity: number | null) {
  return capacity === null ? words.booked({ booked }) : words.ofPlaces({ booked, capacity });
}

/**
 * One class of a group event: when, with whom, how full, its clients (the calendar's loaded appointments
 * of it, kept current by polls), and the schedule it belongs to, from where a client is enrolled. A class
 * nobody is booked into yet has only its group event to go by.
 */
export function GroupEventDrawer({
  location,
  selection,
  teamMembers,
  onClose,
  onOpenAppointment,
}: GroupEventDrawerProps) {
  const zone = location.timezone;
  const eventId = selection?.eventId ?? null;
  const range = useAppointmentRange(location.id, selection);
  const clients = useMemo(
    () => visibleAppointments(range).filter((appointment) => appointment.activityId === eventId),
    [range, eventId],
  );
  const events = useGroupEvents(location.id, selection?.from ?? '', selection?.to ?? '', selection !== null);
  const event = events.data?.find((item) => item.id === eventId);
  const first = clients[0];
  const t = useMessages(messages);
  const words = useMessages(groupWords);

  const title = event?.serviceTitle ?? first?.services[0]?.title ?? words.groupEvent;
  const startIso = event?.start ?? first?.start;
  const endIso = event?.end ?? first?.end;
  const start = startIso ? DateTime.fromISO(startIso).setZone(zone) : null;
  const end = endIso ? DateTime.fromISO(endIso).setZone(zone) : null;
  const memberId = event?.teamMemberId ?? first?.teamMemberId;
  const member = teamMembers.find((item) => item.id === memberId);
  const booked = bookedCount(event, clients.length);
  const capacity = event ? event.capacity : null;
  const full = capacity !== null && capacity > 0 && booked >= capacity;

  return (
    <DetailsDrawer open={selection !== null} label={t.details} title={title} onClose={onClose}>
      {start && end && (
        <Typography color="text.secondary" data-testid="group-when">
          {start.toFormat('ccc d LLL yyyy')} · {start.toFormat('HH:mm')}–{end.toFormat('HH:mm')}
          {member && (
            <>
              {' · '}
              <UserText>{member.name}</UserText>
            </>
          )}
        </Typography>
      )}
      {!start && <Typography color="text.secondary">{t.gone}</Typography>}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', my: 1.5 }}>
        <Typography data-testid="group-fill-words">{fillWords(words, booked, capacity)}</Typography>
        {full && <Chip size="small" color="error" label={t.full} />}
      </Stack>
      {events.isError && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {problemText(events.error, t.fillFailed)}
        </Alert>
      )}
      <Typography variant="subtitle2" component="h3">
        {t.clients}
      </Typography>
      {clients.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="group-no-clients">
          {booked === 0 ? words.nobody : t.elsewhere}
        </Typography>
      ) : (
        <Table size="small" aria-label={t.clients}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ pl: 0 }}>{t.name}</TableCell>
              <TableCell>{t.phone}</TableCell>
              <TableCell>{t.status}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {clients.map((appointment) => (
              <TableRow key={appointment.id}>
                <TableCell sx={{ pl: 0 }}>
                  <Link
                    component="button"
                    variant="body2"
                    onClick={() => onOpenAppointment(appointment.id)}
                    sx={{ textAlign: 'left' }}
                  >
                    {appointment.client?.name ?? words.noClient}
                  </Link>
                </TableCell>
                <TableCell>{appointment.client?.phone || '—'}</TableCell>
                <TableCell>{statusNames[appointment.status]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Divider sx={{ my: 1.5 }} />
      {selection && (
        <ScheduleSection location={location} eventId={selection.eventId} teamMembers={teamMembers} />
      )}
    </DetailsDrawer>
  );
}

function ScheduleSection({
  location,
  eventId,
  teamMembers,
}: {
  location: Location;
  eventId: number;
  teamMembers: readonly TeamMember[];
}) {
  const schedule = useScheduleForEvent(location.id, eventId);
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const [enrolling, setEnrolling] = useState<ScheduleOverview | null>(null);
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const words = useMessages(groupWords);
  // The dialog closes after an enrolment or without one: either way, look for the changes now rather than
  // at the next poll, so a new client shows here and on the card at once (a look at nothing costs little).
  const closeEnrolment = () => {
    setEnrolling(null);
    askForChangesNow(queryClient, location.id);
  };

  if (schedule.isPending) {
    return <Typography color="text.secondary">{t.looking}</Typography>;
  }
  if (schedule.isError) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={() => void schedule.refetch()}>
            {t.retry}
          </Button>
        }
      >
        {problemText(schedule.error, t.scheduleFailed)}
      </Alert>
    );
  }
  const overview = schedule.data;
  if (!overview) {
    return <Typography data-testid="group-schedule">{t.oneOff}</Typography>;
  }
  const series = seriesInWeekOrder(overview.schedule.days);
  const until = DateTime.fromISO(overview.schedule.endDate).toFormat('d LLL yyyy');
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="group-schedule">
        <RepeatIcon fontSize="small" color="action" />
        <Typography>{t.until({ date: until })}</Typography>
      </Stack>
      <Table size="small" aria-label={t.series}>
        <TableBody>
          {series.map((day) => (
            <DetailRow key={day.id} label={`${WEEKDAY_NAMES[day.weekday]} ${day.time}`}>
              {teamMembers.find((member) => member.id === day.teamMemberId)?.name ?? t.teamMember} ·{' '}
              {words.places(day.capacity)}
            </DetailRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
        <ReadOnlyHint reason={readOnly}>
          <Button
            variant="contained"
            size="small"
            disabled={readOnly !== null}
            onClick={() => setEnrolling(overview)}
          >
            {t.enrol}
          </Button>
        </ReadOnlyHint>
        <Button size="small" onClick={() => navigation.go('schedules', `event:${overview.schedule.eventId}`)}>
          {t.openSchedule}
        </Button>
      </Stack>
      {enrolling && (
        <Suspense fallback={null}>
          <EnrolDialog location={location} overview={enrolling} onClose={closeEnrolment} />
        </Suspense>
      )}
    </>
  );
}
