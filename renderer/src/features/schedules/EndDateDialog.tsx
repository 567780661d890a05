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
import { i18n, params, plural, useMessages } from '../../i18n';
import { useReadOnly } from '../offline';

const messages = i18n('schedules/EndDateDialog', {
  chooseDifferent: 'Choose a different date to change the end.',
  endsEarlier: params('{title} now ends on {date}; the classes after it are gone ({classes}).'),
  repeatsUntil: params('{title} now repeats until {date}.'),
  failed: 'The end date could not be changed.',
  title: params('Change when {title} ends'),
  subject: 'The end date',
  submit: 'Change end date',
  repeats: params('It repeats weekly from {start} until {end}.'),
  until: 'Repeats until',
  shortening: params(
    'Shortening removes {classes} after {date}, with {appointments} in them. This cannot be undone.',
  ),
  classes: plural({ one: '{count} class', other: '{count} classes' }),
  appointments: plural({ one: '{count} client appointment', other: '{count} client appointments' }),
  added: params('New classes are added weekly up to {date}.'),
});

interface EndDateDialogProps {
  location: Location;
  overview: ScheduleOverview;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Extends or shortens a schedule; shortening says how many classes and appointments go with it. */
export function EndDateDialog({ location, overview, onClose, onSaved }: EndDateDialogProps) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
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
      setError(t.chooseDifferent);
      return;
    }
    try {
      await save.mutateAsync(endDate);
      onSaved(
        endDate < schedule.endDate
          ? t.endsEarlier({
              title: isolate(overview.serviceTitle),
              date: dateText(endDate),
              classes: t.classes(cut.length),
            })
          : t.repeatsUntil({ title: isolate(overview.serviceTitle), date: dateText(endDate) }),
      );
    } catch (failure) {
      const why = schedulesProblem(failure, t.failed);
      if (why.kind === 'refused' && why.fields['endDate']) setError(why.fields['endDate']);
      setProblem(why);
    }
  };

  return (
    <SettingsFormDialog
      blockedBecause={readOnly}
      title={t.title({ title: isolate(overview.serviceTitle) })}
      subject={t.subject}
      submitLabel={t.submit}
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
          {t.repeats({ start: dateText(schedule.startDate), end: dateText(schedule.endDate) })}
        </Typography>
        <TextField
          type="date"
          label={t.until}
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
            {t.shortening({
              classes: t.classes(cut.length),
              date: dateText(endDate),
              appointments: t.appointments(lostAppointments),
            })}
          </Alert>
        )}
        {valid && endDate > schedule.endDate && (
          <Alert severity="info">{t.added({ date: dateText(endDate) })}</Alert>
        )}
      </Stack>
    </SettingsFormDialog>
  );
}
