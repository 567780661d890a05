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
import { i18n, params, useMessages } from '../../i18n';
import { dateText, enrolledIn, lengthText, scheduleName, seriesInWeekOrder, WEEKDAY_NAMES } from './model';

const messages = i18n('schedules/ScheduleCard', {
  groupEvent: 'Group event',
  teamMember: params('Team member {id}'),
  client: params('client {id}'),
  schedule: params('{name} schedule'),
  weekly: params('Weekly from {start} until {end}'),
  enrol: 'Enrol a client',
  changeEnd: 'Change end date',
  addSeries: 'Add a series',
  deleteSchedule: 'Delete the schedule',
  deleteNamed: params('Delete the {name} schedule'),
  seriesOf: params('Series of {title}'),
  weekday: 'Weekday',
  time: 'Time',
  length: 'Length',
  teamMemberColumn: 'Team member',
  enrolled: 'Enrolled',
  actions: 'Actions',
  places: params('{capacity} places'),
  editSeries: params('Edit the {weekday} series'),
  removeSeries: params('Remove the {weekday} series'),
  enrolledClients: 'Enrolled clients',
  enrolledCount: params('Enrolled clients ({count})'),
  notListed:
    'Altegio does not list who is enrolled in this schedule for this account. Enrolling works; to change or end an enrolment, use Altegio. Each class’s clients show on the calendar.',
  nobody: 'Nobody yet. Enrol a client to give them a place in every class of the series they choose.',
  clientsIn: params('Clients enrolled in {title}'),
  clientColumn: 'Client',
  phone: 'Phone',
  series: 'Series',
  lastClass: 'Last class',
  noName: 'No name',
  changeSeriesOf: params('Change the series of {name}'),
  changeSeries: 'Change series',
  unenrolNamed: params('Unenrol {name}'),
  unenrol: 'Unenrol',
});

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
  enrolment.clientName || enrolment.clientPhone || messages.get().client({ id: enrolment.clientId });

/** One schedule: its dates, its series with their places, and who is enrolled in which. */
export function ScheduleCard({ overview, team, zone, highlighted, onAction }: ScheduleCardProps) {
  const t = useMessages(messages);
  const { schedule } = overview;
  const title = overview.serviceTitle || t.groupEvent;
  const memberName = (id: number) => team.find((member) => member.id === id)?.name ?? t.teamMember({ id });
  const series = seriesInWeekOrder(schedule.days);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={t.schedule({ name: scheduleName(overview) })}
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
            {t.weekly({ start: dateText(schedule.startDate), end: dateText(schedule.endDate) })}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            startIcon={<PersonAddIcon />}
            disabled={series.length === 0}
            onClick={() => onAction({ kind: 'enrol' })}
          >
            {t.enrol}
          </Button>
          <Button onClick={() => onAction({ kind: 'endDate' })}>{t.changeEnd}</Button>
          <Button
            onClick={() => onAction({ kind: 'series', day: null })}
            disabled={series.length >= SCHEDULE_LIMITS.maxSeries}
          >
            {t.addSeries}
          </Button>
          <Tooltip title={t.deleteSchedule}>
            <IconButton
              aria-label={t.deleteNamed({ name: scheduleName(overview) })}
              onClick={() => onAction({ kind: 'delete' })}
            >
              <DeleteIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      </Stack>
      <Table size="small" aria-label={t.seriesOf({ title })}>
        <TableHead>
          <TableRow>
            <TableCell>{t.weekday}</TableCell>
            <TableCell>{t.time}</TableCell>
            <TableCell>{t.length}</TableCell>
            <TableCell>{t.teamMemberColumn}</TableCell>
            <TableCell>{t.enrolled}</TableCell>
            <TableCell align="right">
              <ScreenReaderOnly>{t.actions}</ScreenReaderOnly>
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
                  : t.places({ capacity: day.capacity })}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <IconButton
                  size="small"
                  aria-label={t.editSeries({ weekday: WEEKDAY_NAMES[day.weekday] })}
                  onClick={() => onAction({ kind: 'series', day })}
                >
                  <EditIcon fontSize="small" />
                </IconButton>
                <IconButton
                  size="small"
                  aria-label={t.removeSeries({ weekday: WEEKDAY_NAMES[day.weekday] })}
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
        {overview.enrolmentsListed
          ? t.enrolledCount({ count: overview.enrolments.length })
          : t.enrolledClients}
      </Typography>
      {!overview.enrolmentsListed ? (
        <Typography variant="body2" color="text.secondary" role="note">
          {t.notListed}
        </Typography>
      ) : overview.enrolments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t.nobody}
        </Typography>
      ) : (
        <Table size="small" aria-label={t.clientsIn({ title })}>
          <TableHead>
            <TableRow>
              <TableCell>{t.clientColumn}</TableCell>
              <TableCell>{t.phone}</TableCell>
              <TableCell>{t.series}</TableCell>
              <TableCell>{t.lastClass}</TableCell>
              <TableCell align="right">
                <ScreenReaderOnly>{t.actions}</ScreenReaderOnly>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {overview.enrolments.map((enrolment) => (
              <TableRow key={enrolment.id}>
                <TableCell>{enrolment.clientName || t.noName}</TableCell>
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
                    aria-label={t.changeSeriesOf({ name: clientLabel(enrolment) })}
                    onClick={() => onAction({ kind: 'change', enrolment })}
                  >
                    {t.changeSeries}
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    aria-label={t.unenrolNamed({ name: clientLabel(enrolment) })}
                    onClick={() => onAction({ kind: 'unenrol', enrolment })}
                  >
                    {t.unenrol}
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
