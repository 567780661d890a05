import { useState } from 'react';
import { DateTime } from 'luxon';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isolate } from '../../components/isolate';
import type { Location } from '../../../../shared/domain/location';
import { SCHEDULE_LIMITS, type ScheduleOverview } from '../../../../shared/domain/schedule';
import { call } from '../../api';
import { SettingsFormDialog } from '../../components/SettingsFormDialog';
import { wordIssue } from '../../errors';
import type { SettingsProblem } from '../../settingsProblem';
import { usePreview, useScheduleChange } from './api';
import { dateText, scheduleRef } from './model';
import { schedulesProblem } from './schedulesProblem';

interface EndDateDialogProps {
  location: Location;
  overview: ScheduleOverview;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Extends or shortens a schedule; shortening says how many classes and appointments go with it. */
export function EndDateDialog({ location, overview, onClose, onSaved }: EndDateDialogProps) {
  const { schedule } = overview;
  const [endDate, setEndDate] = useState(schedule.endDate);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const preview = usePreview(location.id, overview, null);
  const save = useScheduleChange(
    location.id,
    (next: string) => call('schedules.setEndDate', { ...scheduleRef(location.id, overview), endDate: next }),
    (saved) => saved,
  );
  const valid = DateTime.fromISO(endDate).isValid;
  const cut = valid
    ? (preview.data ?? []).filter(
        (o) => (DateTime.fromISO(o.start, { zone: location.timezone }).toISODate() as string) > endDate,
      )
    : [];
  const lostAppointments = cut.reduce((sum, o) => sum + (o.fill?.enrolled ?? 0), 0);
  const latest = DateTime.fromISO(schedule.startDate)
    .plus({ days: SCHEDULE_LIMITS.maxDays })
    .toISODate() as string;

  const submit = async (event?: React.BaseSyntheticEvent) => {
    event?.preventDefault();
    setProblem(null);
    if (!valid || endDate < schedule.startDate || endDate > latest) {
      setError(wordIssue('issue.schedule.endDate'));
      return;
    }
    if (endDate === schedule.endDate) {
      setError('Choose a different date to change the end.');
      return;
    }
    try {
      await save.mutateAsync(endDate);
      onSaved(
        endDate < schedule.endDate
          ? `${isolate(overview.serviceTitle)} now ends on ${dateText(endDate)}; ${cut.length} classes after it are gone.`
          : `${isolate(overview.serviceTitle)} now repeats until ${dateText(endDate)}.`,
      );
    } catch (failure) {
      const why = schedulesProblem(failure, 'The end date could not be changed.');
      if (why.kind === 'refused' && why.fields['endDate']) setError(why.fields['endDate']);
      setProblem(why);
    }
  };

  return (
    <SettingsFormDialog
      title={`Change when ${isolate(overview.serviceTitle)} ends`}
      subject="The end date"
      submitLabel="Change end date"
      dirty={endDate !== schedule.endDate}
      saving={save.isPending}
      submitDisabled={preview.isFetching}
      anchorTop
      problem={problem}
      onSubmit={submit}
      onDismissProblem={() => setProblem(null)}
      onClose={onClose}
    >
      <Stack spacing={2}>
        <Typography>
          It repeats weekly from {dateText(schedule.startDate)} until {dateText(schedule.endDate)}.
        </Typography>
        <TextField
          type="date"
          label="Repeats until"
          value={endDate}
          autoFocus
          onChange={(event) => {
            setEndDate(event.target.value);
            setError(null);
          }}
          slotProps={{ inputLabel: { shrink: true } }}
          error={Boolean(error)}
          helperText={error ?? ' '}
          sx={{ maxWidth: 260 }}
        />
        {valid && endDate < schedule.endDate && cut.length > 0 && (
          <Alert severity="warning" role="alert">
            Shortening removes {cut.length === 1 ? '1 class' : `${cut.length} classes`} after{' '}
            {dateText(endDate)}, with{' '}
            {lostAppointments === 1 ? '1 client appointment' : `${lostAppointments} client appointments`} in
            them. This cannot be undone.
          </Alert>
        )}
        {valid && endDate > schedule.endDate && (
          <Alert severity="info">New classes are added weekly up to {dateText(endDate)}.</Alert>
        )}
      </Stack>
    </SettingsFormDialog>
  );
}
