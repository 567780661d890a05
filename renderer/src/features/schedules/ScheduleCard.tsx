import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import PersonAddIcon from '@mui/icons-material/PersonAddAlt';
import { DateTime } from 'luxon';
import {
  SCHEDULE_LIMITS,
  type Enrolment,
  type ScheduleDay,
  type ScheduleOverview,
} from '../../../../shared/domain/schedule';
import { ScreenReaderOnly } from '../../components/ScreenReaderOnly';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { dateText, enrolledIn, lengthText, scheduleName, seriesInWeekOrder, WEEKDAY_NAMES } from './model';

export type ScheduleAction =
  | { kind: 'enrol' }
  | { kind: 'change'; enrolment: Enrolment }
  | { kind: 'unenrol'; enrolment: Enrolment }
  | { kind: 'endDate' }
  | { kind: 'series'; day: ScheduleDay | null }
  | { kind: 'removeSeries'; day: ScheduleDay }
  | { kind: 'delete' };

interface ScheduleCardProps {
  overview: ScheduleOverview;
  team: readonly TeamMember[];
  zone: string;
  highlighted: boolean;
  onAction: (action: ScheduleAction) => void;
}

const shortDays = (overview: ScheduleOverview, dayIds: readonly number[]) =>
  seriesInWeekOrder(overview.schedule.days)
    .filter((day) => dayIds.includes(day.id))
    .map((day) => `${WEEKDAY_NAMES[day.weekday].slice(0, 3)} ${day.time}`)
    .join(', ');

const clientLabel = (enrolment: Enrolment) =>
  enrolment.clientName || enrolment.clientPhone || `client ${enrolment.clientId}`;

/** One schedule: its dates, its series with their places, and who is enrolled in which. */
export function ScheduleCard({ overview, team, zone, highlighted, onAction }: ScheduleCardProps) {
  const { schedule } = overview;
  const title = overview.serviceTitle || 'Group event';
  const memberName = (id: number) => team.find((member) => member.id === id)?.name ?? `Team member ${id}`;
  const series = seriesInWeekOrder(schedule.days);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={`${scheduleName(overview)} schedule`}
      data-schedule-id={schedule.id}
      sx={{ p: 2, borderColor: highlighted ? 'primary.main' : undefined, borderWidth: highlighted ? 2 : 1 }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'center' }, mb: 1 }}>
        <Box
          aria-hidden
          sx={{
            width: 12,
            height: 12,
            borderRadius: '50%',
            bgcolor: overview.colour ?? 'primary.main',
            flexShrink: 0,
          }}
        />
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Weekly from {dateText(schedule.startDate)} until {dateText(schedule.endDate)}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            startIcon={<PersonAddIcon />}
            disabled={series.length === 0}
            onClick={() => onAction({ kind: 'enrol' })}
          >
            Enrol a client
          </Button>
          <Button onClick={() => onAction({ kind: 'endDate' })}>Change end date</Button>
          <Button
            onClick={() => onAction({ kind: 'series', day: null })}
            disabled={series.length >= SCHEDULE_LIMITS.maxSeries}
          >
            Add a series
          </Button>
          <Tooltip title="Delete the schedule">
            <IconButton
              aria-label={`Delete the ${scheduleName(overview)} schedule`}
              onClick={() => onAction({ kind: 'delete' })}
            >
              <DeleteIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      </Stack>
      <Table size="small" aria-label={`Series of ${title}`}>
        <TableHead>
          <TableRow>
            <TableCell>Weekday</TableCell>
            <TableCell>Time</TableCell>
            <TableCell>Length</TableCell>
            <TableCell>Team member</TableCell>
            <TableCell>Enrolled</TableCell>
            <TableCell align="right">
              <ScreenReaderOnly>Actions</ScreenReaderOnly>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {series.map((day) => (
            <TableRow key={day.id}>
              <TableCell>{WEEKDAY_NAMES[day.weekday]}</TableCell>
              <TableCell>{day.time}</TableCell>
              <TableCell>{lengthText(day.durationSeconds)}</TableCell>
              <TableCell>{memberName(day.teamMemberId)}</TableCell>
              <TableCell>
                {overview.enrolmentsListed
                  ? `${enrolledIn(overview, day.id)}/${day.capacity}`
                  : `${day.capacity} places`}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <IconButton
                  size="small"
                  aria-label={`Edit the ${WEEKDAY_NAMES[day.weekday]} series`}
                  onClick={() => onAction({ kind: 'series', day })}
                >
                  <EditIcon fontSize="small" />
                </IconButton>
                <IconButton
                  size="small"
                  aria-label={`Remove the ${WEEKDAY_NAMES[day.weekday]} series`}
                  onClick={() => onAction({ kind: 'removeSeries', day })}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {overview.enrolmentsListed ? `Enrolled clients (${overview.enrolments.length})` : 'Enrolled clients'}
      </Typography>
      {!overview.enrolmentsListed ? (
        <Typography variant="body2" color="text.secondary" role="note">
          Altegio does not list who is enrolled in this schedule for this account. Enrolling works; to change
          or end an enrolment, use Altegio. Each class’s clients show on the calendar.
        </Typography>
      ) : overview.enrolments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Nobody yet. Enrol a client to give them a place in every class of the series they choose.
        </Typography>
      ) : (
        <Table size="small" aria-label={`Clients enrolled in ${title}`}>
          <TableHead>
            <TableRow>
              <TableCell>Client</TableCell>
              <TableCell>Phone</TableCell>
              <TableCell>Series</TableCell>
              <TableCell>Last class</TableCell>
              <TableCell align="right">
                <ScreenReaderOnly>Actions</ScreenReaderOnly>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {overview.enrolments.map((enrolment) => (
              <TableRow key={enrolment.id}>
                <TableCell>{enrolment.clientName || 'No name'}</TableCell>
                <TableCell>{enrolment.clientPhone}</TableCell>
                <TableCell>{shortDays(overview, enrolment.dayIds)}</TableCell>
                <TableCell>
                  {enrolment.finalDay
                    ? DateTime.fromISO(enrolment.finalDay, { zone }).toFormat('d LLL yyyy')
                    : '—'}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button
                    size="small"
                    aria-label={`Change the series of ${clientLabel(enrolment)}`}
                    onClick={() => onAction({ kind: 'change', enrolment })}
                  >
                    Change series
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    aria-label={`Unenrol ${clientLabel(enrolment)}`}
                    onClick={() => onAction({ kind: 'unenrol', enrolment })}
                  >
                    Unenrol
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
