import DialogContentText from '@mui/material/DialogContentText';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import type { Location } from '../../../../shared/domain/location';
import type { Enrolment, ScheduleDay, ScheduleOverview } from '../../../../shared/domain/schedule';
import { call } from '../../api';
import { isolate } from '../../components/isolate';
import { useScheduleChange, usePreview } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { scheduleName, scheduleRef, WEEKDAY_NAMES } from './model';
import { OccurrenceList } from './OccurrenceList';
import { IsolatedText } from '../../components/IsolatedText';
import { i18n, params, plural, useMessages } from '../../i18n';

interface RemovalProps {
  location: Location;
  overview: ScheduleOverview;
  onClose: () => void;
  onDone: (message: string) => void;
}

const messages = i18n('schedules/RemovalDialogs', {
  classes: plural({ one: '{count} class', other: '{count} classes' }),
  appointments: plural({ one: '{count} client appointment', other: '{count} client appointments' }),
  thisClient: 'this client',
  unenrolTitle: params('Unenrol {name} from {title}?'),
  unenrol: 'Unenrol',
  notUnenrolled: 'Not unenrolled',
  unenrolFailed: 'The client could not be unenrolled.',
  unenrolled: params('{name} is no longer enrolled in {title}.'),
  disappear: params(
    'These appointments of {name} disappear, in Altegio too. Past classes stay in the history.',
  ),
  loading: 'Loading the appointments',
  going: 'Appointments that disappear',
  noneAhead: 'No appointments ahead.',
  removeTitle: params('Remove the {weekday} series?'),
  removeSeries: 'Remove series',
  notRemoved: 'Not removed',
  removeFailed: 'The series could not be removed.',
  removed: params('The {weekday} series of {title} is removed.'),
  goingCounted: params('{classes} still to come on {weekday}s go, with {appointments} in them.'),
  goingEvery: params('Every {weekday} class still to come goes, with its client appointments.'),
  othersKeep: 'Clients enrolled in other series keep those. This cannot be undone.',
  deleteTitle: params('Delete the schedule {name}?'),
  deleteSchedule: 'Delete schedule',
  notDeleted: 'Not deleted',
  deleteFailed: 'The schedule could not be deleted.',
  deleted: params('The {title} schedule is deleted.'),
  deleteBody: params(
    'Altegio removes every series and every class this schedule made, past ones included, with the appointments in them{ahead}, and ends all {count} enrolments. Only the first class stays. This cannot be undone.',
  ),
  ahead: params(' ({classes} and {appointments} still to come)'),
});

/** "Unenrol Anna?" with every appointment of hers in this schedule that disappears. */
export function UnenrolDialog({
  location,
  overview,
  enrolment,
  onClose,
  onDone,
}: RemovalProps & { enrolment: Enrolment }) {
  const t = useMessages(messages);
  const preview = usePreview(location.id, overview, enrolment.clientId);
  const going = (preview.data ?? []).filter((o) => o.state === 'enrolled');
  const unenrol = useScheduleChange(
    location.id,
    () => call('schedules.unenrol', { ...scheduleRef(location.id, overview), enrolmentId: enrolment.id }),
    (saved) => saved,
  );
  const name = enrolment.clientName || t.thisClient;
  const named = { name: isolate(name), title: isolate(overview.serviceTitle) };
  return (
    <ConfirmDialog
      title={t.unenrolTitle(named)}
      confirmLabel={t.unenrol}
      failedTitle={t.notUnenrolled}
      fallback={t.unenrolFailed}
      run={() => unenrol.mutateAsync(undefined)}
      onDone={() => onDone(t.unenrolled(named))}
      onClose={onClose}
    >
      <Stack spacing={1.5}>
        <DialogContentText>
          <IsolatedText text={t.disappear({ name: isolate(name) })} />
        </DialogContentText>
        {preview.isFetching && <LinearProgress aria-label={t.loading} />}
        {preview.isSuccess && (
          <OccurrenceList label={t.going} occurrences={going} zone={location.timezone} empty={t.noneAhead} />
        )}
      </Stack>
    </ConfirmDialog>
  );
}

/** "Remove the Friday series?" with how many classes and client appointments go. */
export function RemoveSeriesDialog({
  location,
  overview,
  day,
  onClose,
  onDone,
}: RemovalProps & { day: ScheduleDay }) {
  const t = useMessages(messages);
  const preview = usePreview(location.id, overview, null);
  const going = (preview.data ?? []).filter((o) => o.dayId === day.id);
  const booked = going.reduce((sum, o) => sum + (o.fill?.enrolled ?? 0), 0);
  const remove = useScheduleChange(
    location.id,
    () => call('schedules.removeSeries', { ...scheduleRef(location.id, overview), dayId: day.id }),
    (saved) => saved,
  );
  const weekday = WEEKDAY_NAMES[day.weekday];
  return (
    <ConfirmDialog
      title={t.removeTitle({ weekday })}
      confirmLabel={t.removeSeries}
      failedTitle={t.notRemoved}
      fallback={t.removeFailed}
      run={() => remove.mutateAsync(undefined)}
      onDone={() => onDone(t.removed({ weekday, title: isolate(overview.serviceTitle) }))}
      onClose={onClose}
    >
      <DialogContentText>
        {preview.isSuccess
          ? t.goingCounted({
              classes: t.classes(going.length),
              weekday,
              appointments: t.appointments(booked),
            })
          : t.goingEvery({ weekday })}{' '}
        {t.othersKeep}
      </DialogContentText>
    </ConfirmDialog>
  );
}

/** "Delete the schedule?" — every class it made and every appointment in them, past ones too. */
export function DeleteScheduleDialog({ location, overview, onClose, onDone }: RemovalProps) {
  const t = useMessages(messages);
  const preview = usePreview(location.id, overview, null);
  const ahead = preview.data ?? [];
  const booked = ahead.reduce((sum, o) => sum + (o.fill?.enrolled ?? 0), 0);
  const remove = useScheduleChange(
    location.id,
    () => call('schedules.remove', scheduleRef(location.id, overview)),
    () => null,
  );
  return (
    <ConfirmDialog
      title={t.deleteTitle({ name: isolate(scheduleName(overview)) })}
      confirmLabel={t.deleteSchedule}
      failedTitle={t.notDeleted}
      fallback={t.deleteFailed}
      run={() => remove.mutateAsync(undefined)}
      onDone={() => onDone(t.deleted({ title: isolate(overview.serviceTitle) }))}
      onClose={onClose}
    >
      <DialogContentText>
        {t.deleteBody({
          ahead: preview.isSuccess
            ? t.ahead({ classes: t.classes(ahead.length), appointments: t.appointments(booked) })
            : '',
          count: overview.enrolments.length,
        })}
      </DialogContentText>
    </ConfirmDialog>
  );
}
