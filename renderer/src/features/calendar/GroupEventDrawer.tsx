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
import { bookedCount } from './groupCards';
import { NOBODY_BOOKED, REPEATS_WEEKLY } from './groupEvent';
import { UserText } from '../../components/UserText';

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

function fillWords(booked: number, capacity: number | null): string {
  if (capacity === null) return `${booked} booked`;
  return `${booked} of ${capacity} places booked`;
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

  const title = event?.serviceTitle ?? first?.services[0]?.title ?? 'Group event';
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
    <DetailsDrawer open={selection !== null} label="Group event details" title={title} onClose={onClose}>
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
      {!start && (
        <Typography color="text.secondary">This group event is no longer on the calendar.</Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', my: 1.5 }}>
        <Typography data-testid="group-fill-words">{fillWords(booked, capacity)}</Typography>
        {full && <Chip size="small" color="error" label="Full" />}
      </Stack>
      {events.isError && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {problemText(events.error, 'How full the class is could not be read.')}
        </Alert>
      )}
      <Typography variant="subtitle2" component="h3">
        Clients
      </Typography>
      {clients.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="group-no-clients">
          {booked === 0 ? NOBODY_BOOKED : 'Booked elsewhere: they show with the next update.'}
        </Typography>
      ) : (
        <Table size="small" aria-label="Clients">
          <TableHead>
            <TableRow>
              <TableCell sx={{ pl: 0 }}>Name</TableCell>
              <TableCell>Phone</TableCell>
              <TableCell>Status</TableCell>
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
                    {appointment.client?.name ?? 'No client'}
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
  // The dialog closes after an enrolment or without one: either way, look for the changes now rather than
  // at the next poll, so a new client shows here and on the card at once (a look at nothing costs little).
  const closeEnrolment = () => {
    setEnrolling(null);
    askForChangesNow(queryClient, location.id);
  };

  if (schedule.isPending) {
    return <Typography color="text.secondary">Looking for its schedule…</Typography>;
  }
  if (schedule.isError) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={() => void schedule.refetch()}>
            Retry
          </Button>
        }
      >
        {problemText(schedule.error, 'Its schedule could not be read.')}
      </Alert>
    );
  }
  const overview = schedule.data;
  if (!overview) {
    return <Typography data-testid="group-schedule">A one-off group event</Typography>;
  }
  const series = seriesInWeekOrder(overview.schedule.days);
  const until = DateTime.fromISO(overview.schedule.endDate).toFormat('d LLL yyyy');
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="group-schedule">
        <RepeatIcon fontSize="small" color="action" />
        <Typography>
          {REPEATS_WEEKLY} until {until}
        </Typography>
      </Stack>
      <Table size="small" aria-label="Series">
        <TableBody>
          {series.map((day) => (
            <DetailRow key={day.id} label={`${WEEKDAY_NAMES[day.weekday]} ${day.time}`}>
              {teamMembers.find((member) => member.id === day.teamMemberId)?.name ?? 'Team member'} ·{' '}
              {day.capacity} {day.capacity === 1 ? 'place' : 'places'}
            </DetailRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
        <Button variant="contained" size="small" onClick={() => setEnrolling(overview)}>
          Enrol a client
        </Button>
        <Button size="small" onClick={() => navigation.go('schedules', `event:${overview.schedule.eventId}`)}>
          Open schedule
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
