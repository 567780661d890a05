import { useState } from 'react';
import { DateTime } from 'luxon';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { isolate } from '../../components/isolate';
import type { Location } from '../../../../shared/domain/location';
import {
  SCHEDULE_LIMITS,
  type GroupEvent,
  type ScheduleDayInput,
  type ScheduleOverview,
} from '../../../../shared/domain/schedule';
import { call } from '../../api';
import { SettingsFormDialog } from '../../components/SettingsFormDialog';
import { wordIssue } from '../../errors';
import type { SettingsProblem } from '../../settingsProblem';
import { todayIn } from '../../time';
import { useServices } from '../services';
import { useTeam } from '../team';
import { useScheduleChange } from './api';
import { WEEKDAY_NAMES, WEEKDAYS } from './model';
import { schedulesProblem } from './schedulesProblem';
import { SeriesFields } from './SeriesFields';
import { IsolatedText } from '../../components/IsolatedText';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('schedules/ScheduleDialog', {
  chooseService: 'Choose the group service this class is.',
  notPast: 'The first class cannot be in the past.',
  onSeriesDay: params('The first class must fall on a series’ weekday; this date is a {weekday}.'),
  failed: 'The schedule could not be made.',
  repeatTitle: params('Repeat {title} weekly'),
  newTitle: 'New weekly class',
  subject: 'This schedule',
  create: 'Create schedule',
  fromClass: params('From the class on {when} with {member}.'),
  itsTeamMember: 'its team member',
  groupService: 'Group service',
  noGroupServices: 'This location has no group services.',
  firstClass: 'First class',
  series: 'Series',
  seriesHeading: 'Series: one per weekday, up to seven',
  seriesNumber: params('Series {number}'),
  removeSeries: params('Remove series {number}'),
  addSeries: 'Add a series',
  until: 'Repeats until',
  untilHelp: 'The last date a class can fall on; within a year of the first.',
});
import { blankDraft, parseDraft, weekdayOf, type SeriesDraft, type SeriesProblems } from './seriesForm';
import { longDay } from '../../format';
import { useReadOnly } from '../offline';

interface ScheduleDialogProps {
  location: Location;
  /** Repeat this group event; without it the dialog makes a new class. */
  event?: GroupEvent;
  onClose: () => void;
  onCreated: (overview: ScheduleOverview) => void;
}

interface Problems {
  service?: string;
  firstDate?: string;
  endDate?: string;
  series?: string;
  rows: SeriesProblems[];
}

const plusDays = (date: string, days: number) => DateTime.fromISO(date).plus({ days }).toISODate() as string;

/**
 * A weekly schedule for a group event: an existing one, or a new class made at its first date. The
 * series (one per weekday) say when it repeats; the end date, until when.
 */
export function ScheduleDialog({ location, event, onClose, onCreated }: ScheduleDialogProps) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const team = useTeam(location.id).data ?? [];
  const groupServices = (useServices(location.id).data ?? []).filter((service) => service.capacity > 1);
  const eventZone = (iso: string) => DateTime.fromISO(iso, { zone: location.timezone });
  const start = event ? eventZone(event.start) : null;
  const initialFirst = start ? (start.toISODate() as string) : plusDays(todayIn(location.timezone), 1);
  const [serviceId, setServiceId] = useState<number | ''>(event?.serviceId ?? '');
  const [firstDate, setFirstDate] = useState(initialFirst);
  const [endDate, setEndDate] = useState(plusDays(initialFirst, 12 * 7 - 1));
  const [rows, setRows] = useState<SeriesDraft[]>(() => [
    blankDraft(weekdayOf(initialFirst), {
      ...(start && event
        ? {
            time: start.toFormat('HH:mm'),
            minutes: String(Math.round(event.durationSeconds / 60)),
            teamMemberId: event.teamMemberId,
            capacity: String(event.capacity),
          }
        : {}),
    }),
  ]);
  const [problems, setProblems] = useState<Problems>({ rows: [] });
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const [touched, setTouched] = useState(false);
  const save = useScheduleChange(
    location.id,
    (request: Parameters<typeof call<'schedules.create'>>[1]) => call('schedules.create', request),
    (overview) => overview,
  );

  const edit = (change: () => void) => {
    change();
    setTouched(true);
  };
  const chooseService = (id: number) => {
    const service = groupServices.find((s) => s.id === id);
    edit(() => {
      setServiceId(id);
      if (service)
        setRows((old) =>
          old.map((row) => ({
            ...row,
            minutes: String(Math.round(service.durationSeconds / 60)),
            capacity: String(service.capacity),
          })),
        );
    });
  };

  const check = (): { found: Problems; days: ScheduleDayInput[] } => {
    const found: Problems = { rows: [] };
    const days: ScheduleDayInput[] = [];
    rows.forEach((row, index) => {
      const parsed = parseDraft(row);
      if (parsed.ok) days.push(parsed.series);
      else found.rows[index] = parsed.problems;
    });
    if (!event && serviceId === '') found.service = t.chooseService;
    if (!DateTime.fromISO(firstDate).isValid) found.firstDate = wordIssue('issue.date');
    else if (!event && firstDate < todayIn(location.timezone)) found.firstDate = t.notPast;
    else if (!event && !rows.some((row) => row.weekday === weekdayOf(firstDate)))
      found.firstDate = t.onSeriesDay({ weekday: WEEKDAY_NAMES[weekdayOf(firstDate)] });
    if (
      !DateTime.fromISO(endDate).isValid ||
      endDate < firstDate ||
      endDate > plusDays(firstDate, SCHEDULE_LIMITS.maxDays)
    )
      found.endDate = wordIssue('issue.schedule.endDate');
    if (new Set(rows.map((row) => row.weekday)).size !== rows.length)
      found.series = wordIssue('issue.schedule.sameWeekday');
    return { found, days };
  };

  const submit = async (submitted?: React.BaseSyntheticEvent) => {
    submitted?.preventDefault();
    setProblem(null);
    const { found, days } = check();
    setProblems(found);
    const hasProblems =
      found.service || found.firstDate || found.endDate || found.series || found.rows.some(Boolean);
    if (hasProblems || days.length !== rows.length) return;
    const first = days.find((day) => day.weekday === weekdayOf(firstDate)) ?? days[0];
    if (!first) return;
    try {
      const overview = await save.mutateAsync({
        locationId: location.id,
        source: event
          ? { kind: 'event', eventId: event.id }
          : {
              kind: 'new',
              event: {
                serviceId: Number(serviceId),
                teamMemberId: first.teamMemberId,
                date: firstDate,
                time: first.time,
                durationSeconds: first.durationSeconds,
                capacity: first.capacity ?? 1,
              },
            },
        endDate,
        days,
      });
      onCreated(overview);
    } catch (error) {
      setProblem(schedulesProblem(error, t.failed));
    }
  };

  // The first series follows the first class's weekday until the user sets it apart.
  const moveFirstDate = (next: string) => {
    const valid = DateTime.fromISO(next).isValid;
    if (
      valid &&
      rows[0]?.weekday === weekdayOf(firstDate) &&
      !rows.some((row) => row.weekday === weekdayOf(next))
    )
      setRows((old) => old.map((row, i) => (i === 0 ? { ...row, weekday: weekdayOf(next) } : row)));
    setFirstDate(next);
  };

  const addRow = () => {
    const free = WEEKDAYS.find((day) => !rows.some((row) => row.weekday === day));
    const last = rows[rows.length - 1];
    if (free) edit(() => setRows((old) => [...old, blankDraft(free, last)]));
  };

  return (
    <SettingsFormDialog
      blockedBecause={readOnly}
      title={event ? t.repeatTitle({ title: isolate(event.serviceTitle) }) : t.newTitle}
      subject={t.subject}
      submitLabel={t.create}
      maxWidth="md"
      dirty={touched}
      saving={save.isPending}
      problem={problem}
      onSubmit={submit}
      onDismissProblem={() => setProblem(null)}
      onClose={onClose}
    >
      <Stack spacing={2.5}>
        {event && start ? (
          <Typography>
            <IsolatedText
              text={t.fromClass({
                when: `${longDay(start, true)}, ${start.toFormat('HH:mm')}`,
                member: event.teamMemberName || t.itsTeamMember,
              })}
            />
          </Typography>
        ) : (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
            <TextField
              select
              label={t.groupService}
              value={serviceId}
              onChange={(change) => chooseService(Number(change.target.value))}
              error={Boolean(problems.service)}
              helperText={problems.service ?? (groupServices.length === 0 ? t.noGroupServices : ' ')}
              sx={{ flexGrow: 1 }}
            >
              {groupServices.map((service) => (
                <MenuItem key={service.id} value={service.id}>
                  {service.title}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="date"
              label={t.firstClass}
              value={firstDate}
              onChange={(change) => edit(() => moveFirstDate(change.target.value))}
              slotProps={{ inputLabel: { shrink: true } }}
              error={Boolean(problems.firstDate)}
              helperText={problems.firstDate ?? ' '}
            />
          </Stack>
        )}
        <Stack spacing={1.5} component="section" aria-label={t.series}>
          <Typography variant="subtitle2" component="h3">
            {t.seriesHeading}
          </Typography>
          {rows.map((row, index) => (
            <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <SeriesFields
                name={t.seriesNumber({ number: index + 1 })}
                value={row}
                onChange={(next) => edit(() => setRows((old) => old.map((r, i) => (i === index ? next : r))))}
                team={team}
                problems={problems.rows[index] ?? {}}
                takenWeekdays={rows.filter((_, i) => i !== index).map((r) => r.weekday)}
                disabled={save.isPending}
              />
              <IconButton
                aria-label={t.removeSeries({ number: index + 1 })}
                disabled={rows.length === 1 || save.isPending}
                onClick={() => edit(() => setRows((old) => old.filter((_, i) => i !== index)))}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Stack>
          ))}
          {problems.series && (
            <Typography color="error" variant="body2" role="alert">
              {problems.series}
            </Typography>
          )}
          <Button
            startIcon={<AddIcon />}
            onClick={addRow}
            disabled={rows.length >= SCHEDULE_LIMITS.maxSeries || save.isPending}
            sx={{ alignSelf: 'flex-start' }}
          >
            {t.addSeries}
          </Button>
        </Stack>
        <TextField
          type="date"
          label={t.until}
          value={endDate}
          onChange={(change) => edit(() => setEndDate(change.target.value))}
          slotProps={{ inputLabel: { shrink: true } }}
          error={Boolean(problems.endDate)}
          helperText={problems.endDate ?? t.untilHelp}
          sx={{ maxWidth: 260 }}
        />
      </Stack>
    </SettingsFormDialog>
  );
}
