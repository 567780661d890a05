import DialogContentText from '@mui/material/DialogContentText';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import type { Location } from '../../../../shared/domain/location';
import type { Enrolment, ScheduleDay, ScheduleOverview } from '../../../../shared/domain/schedule';
import { call } from '../../api';
import { isolate } from '../../components/isolate';
import { UserText } from '../../components/UserText';
import { useScheduleChange, usePreview } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { scheduleName, scheduleRef, WEEKDAY_NAMES } from './model';
import { OccurrenceList } from './OccurrenceList';

interface RemovalProps {
  location: Location;
  overview: ScheduleOverview;
  onClose: () => void;
  onDone: (message: string) => void;
}

const classes = (count: number) => (count === 1 ? '1 class' : `${count} classes`);
const appointments = (count: number) =>
  count === 1 ? '1 client appointment' : `${count} client appointments`;

/** "Unenrol Anna?" with every appointment of hers in this schedule that disappears. */
export function UnenrolDialog({
  location,
  overview,
  enrolment,
  onClose,
  onDone,
}: RemovalProps & { enrolment: Enrolment }) {
  const preview = usePreview(location.id, overview, enrolment.clientId);
  const going = (preview.data ?? []).filter((o) => o.state === 'enrolled');
  const unenrol = useScheduleChange(
    location.id,
    () => call('schedules.unenrol', { ...scheduleRef(location.id, overview), enrolmentId: enrolment.id }),
    (saved) => saved,
  );
  const name = enrolment.clientName || 'this client';
  return (
    <ConfirmDialog
      title={`Unenrol ${isolate(name)} from ${isolate(overview.serviceTitle)}?`}
      confirmLabel="Unenrol"
      failedTitle="Not unenrolled"
      fallback="The client could not be unenrolled."
      run={() => unenrol.mutateAsync(undefined)}
      onDone={() => onDone(`${isolate(name)} is no longer enrolled in ${isolate(overview.serviceTitle)}.`)}
      onClose={onClose}
    >
      <Stack spacing={1.5}>
        <DialogContentText>
          These appointments of <UserText>{name}</UserText> disappear, in Altegio too. Past classes stay in
          the history.
        </DialogContentText>
        {preview.isFetching && <LinearProgress aria-label="Loading the appointments" />}
        {preview.isSuccess && (
          <OccurrenceList
            label="Appointments that disappear"
            occurrences={going}
            zone={location.timezone}
            empty="No appointments ahead."
          />
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
      title={`Remove the ${weekday} series?`}
      confirmLabel="Remove series"
      failedTitle="Not removed"
      fallback="The series could not be removed."
      run={() => remove.mutateAsync(undefined)}
      onDone={() => onDone(`The ${weekday} series of ${isolate(overview.serviceTitle)} is removed.`)}
      onClose={onClose}
    >
      <DialogContentText>
        {preview.isSuccess
          ? `${classes(going.length)} still to come on ${weekday}s go, with ${appointments(booked)} in them.`
          : `Every ${weekday} class still to come goes, with its client appointments.`}{' '}
        Clients enrolled in other series keep those. This cannot be undone.
      </DialogContentText>
    </ConfirmDialog>
  );
}

/** "Delete the schedule?" — every class it made and every appointment in them, past ones too. */
export function DeleteScheduleDialog({ location, overview, onClose, onDone }: RemovalProps) {
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
      title={`Delete the schedule ${isolate(scheduleName(overview))}?`}
      confirmLabel="Delete schedule"
      failedTitle="Not deleted"
      fallback="The schedule could not be deleted."
      run={() => remove.mutateAsync(undefined)}
      onDone={() => onDone(`The ${isolate(overview.serviceTitle)} schedule is deleted.`)}
      onClose={onClose}
    >
      <DialogContentText>
        Altegio removes every series and every class this schedule made, past ones included, with the
        appointments in them
        {preview.isSuccess ? ` (${classes(ahead.length)} and ${appointments(booked)} still to come)` : ''},
        and ends all {overview.enrolments.length} enrolments. Only the first class stays. This cannot be
        undone.
      </DialogContentText>
    </ConfirmDialog>
  );
}
