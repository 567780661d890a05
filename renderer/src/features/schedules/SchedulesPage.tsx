import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { ScreenReaderOnly } from '../../components/ScreenReaderOnly';
import type { SchedulesList } from '../../../../shared/contract/schedules';
import type { Location } from '../../../../shared/domain/location';
import type { GroupEvent, ScheduleOverview } from '../../../../shared/domain/schedule';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { NoticeBar, type Notice } from '../../components/NoticeBar';
import { useNavigation } from '../../navigation';
import { useTeam } from '../team';
import { schedulesKeys, useSchedules } from './api';
import { EndDateDialog } from './EndDateDialog';
import { EnrolDialog } from './EnrolDialog';
import { DeleteScheduleDialog, RemoveSeriesDialog, UnenrolDialog } from './RemovalDialogs';
import { ScheduleCard, type ScheduleAction } from './ScheduleCard';
import { ScheduleDialog } from './ScheduleDialog';
import { SeriesDialog } from './SeriesDialog';
import { isolate } from '../../components/isolate';
import { UserText } from '../../components/UserText';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('schedules/SchedulesPage', {
  heading: 'Recurring schedules',
  intro:
    'Weekly group classes: each series repeats on one weekday until the schedule ends, and an enrolled client has a place in every class of their series.',
  newSchedule: 'New schedule',
  loading: 'Loading schedules',
  notLoaded: 'The schedules could not be loaded.',
  none: 'No recurring schedules',
  noneHint: 'None of the coming group events repeats. Make a new weekly class, or repeat one below.',
  oneOffs: 'Group events that do not repeat',
  repeatNamed: params('Repeat {title} of {when} weekly'),
  repeat: 'Repeat weekly',
  created: params('{title} now repeats weekly.'),
});

type Open = { overview: ScheduleOverview; action: ScheduleAction } | { create: GroupEvent | null } | null;

/** The schedule a "event:<id>" focus points at: the one it repeats or one of its occurrences. */
function focusedSchedule(list: SchedulesList | undefined, focus: string | null): number | null {
  const eventId = focus?.startsWith('event:') ? Number(focus.slice(6)) : NaN;
  if (!list || !Number.isFinite(eventId)) return null;
  const found = list.schedules.find((s) => s.schedule.eventId === eventId || s.eventIds.includes(eventId));
  return found?.schedule.id ?? null;
}

/** Recurring schedules: the location's weekly classes, who is enrolled, and everything to change them. */
export function SchedulesPage({ location }: { location: Location }) {
  const t = useMessages(messages);
  const queryClient = useQueryClient();
  const list = useSchedules(location.id, { afresh: true });
  const team = useTeam(location.id).data ?? [];
  const { focus } = useNavigation();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const highlighted = focusedSchedule(list.data, focus);

  useEffect(() => {
    if (highlighted === null) return;
    document.querySelector(`[data-schedule-id="${highlighted}"]`)?.scrollIntoView({ block: 'start' });
  }, [highlighted]);

  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    setNotice({ message, severity: 'success' });
  };
  const forget = (scheduleId: number) =>
    queryClient.setQueryData<SchedulesList>(
      schedulesKeys.list(location.id),
      (old) => old && { ...old, schedules: old.schedules.filter((s) => s.schedule.id !== scheduleId) },
    );

  const schedules = list.data?.schedules ?? [];
  const oneOffs = list.data?.eventsWithoutSchedule ?? [];
  return (
    <Stack spacing={2} sx={{ p: 2, maxWidth: 1100 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <ScreenReaderOnly as="h1">{t.heading}</ScreenReaderOnly>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {t.intro}
        </Typography>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setOpen({ create: null })}>
          {t.newSchedule}
        </Button>
      </Stack>
      {list.isFetching && <LinearProgress aria-label={t.loading} />}
      {list.error && (
        <LoadProblem error={list.error} fallback={t.notLoaded} onRetry={() => void list.refetch()} />
      )}
      {list.isSuccess && schedules.length === 0 && (
        <EmptyState title={t.none} description={t.noneHint} icon={<EventRepeatIcon />} />
      )}
      {schedules.map((overview) => (
        <ScheduleCard
          key={overview.schedule.id}
          overview={overview}
          team={team}
          zone={location.timezone}
          highlighted={overview.schedule.id === highlighted}
          onAction={(action) => setOpen({ overview, action })}
        />
      ))}
      {oneOffs.length > 0 && (
        <Paper variant="outlined" component="section" aria-label={t.oneOffs} sx={{ p: 2 }}>
          <Typography variant="subtitle1" component="h2">
            {t.oneOffs}
          </Typography>
          <List dense>
            {oneOffs.map((event) => (
              <ListItem
                key={event.id}
                disableGutters
                secondaryAction={
                  <Button
                    size="small"
                    aria-label={t.repeatNamed({
                      title: event.serviceTitle,
                      when: DateTime.fromISO(event.start, { zone: location.timezone }).toFormat(
                        'd LLL HH:mm',
                      ),
                    })}
                    onClick={() => setOpen({ create: event })}
                  >
                    {t.repeat}
                  </Button>
                }
              >
                <ListItemText
                  primary={event.serviceTitle}
                  secondary={
                    <>
                      {DateTime.fromISO(event.start, { zone: location.timezone }).toFormat(
                        'cccc d LLL yyyy, HH:mm',
                      )}
                      {' · '}
                      <UserText>{event.teamMemberName}</UserText> · {event.recordsCount}/{event.capacity}
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
        </Paper>
      )}
      {open && 'create' in open && (
        <ScheduleDialog
          location={location}
          event={open.create ?? undefined}
          onClose={close}
          onCreated={(overview) => done(t.created({ title: isolate(overview.serviceTitle) }))}
        />
      )}
      {open && 'action' in open && (
        <ActionDialog
          location={location}
          overview={open.overview}
          action={open.action}
          onClose={close}
          onDone={done}
          onDeleted={(message) => {
            forget(open.overview.schedule.id);
            done(message);
          }}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}

function ActionDialog(props: {
  location: Location;
  overview: ScheduleOverview;
  action: ScheduleAction;
  onClose: () => void;
  onDone: (message: string) => void;
  onDeleted: (message: string) => void;
}) {
  const { location, overview, action, onClose, onDone } = props;
  const common = { location, overview, onClose };
  switch (action.kind) {
    case 'enrol':
      return <EnrolDialog {...common} />;
    case 'change':
      return <EnrolDialog {...common} enrolment={action.enrolment} />;
    case 'unenrol':
      return <UnenrolDialog {...common} enrolment={action.enrolment} onDone={onDone} />;
    case 'endDate':
      return <EndDateDialog {...common} onSaved={onDone} />;
    case 'series':
      return <SeriesDialog {...common} day={action.day} onSaved={onDone} />;
    case 'removeSeries':
      return <RemoveSeriesDialog {...common} day={action.day} onDone={onDone} />;
    case 'delete':
      return <DeleteScheduleDialog {...common} onDone={props.onDeleted} />;
  }
}
