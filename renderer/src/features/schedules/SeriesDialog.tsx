import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { isolate } from '../../components/isolate';
import type { Location } from '../../../../shared/domain/location';
import type { ScheduleDay, ScheduleOverview } from '../../../../shared/domain/schedule';
import { call } from '../../api';
import { SettingsFormDialog } from '../../components/SettingsFormDialog';
import type { SettingsProblem } from '../../settingsProblem';
import { useTeam } from '../team';
import { useScheduleChange } from './api';
import { scheduleRef, WEEKDAY_NAMES, WEEKDAYS } from './model';
import { schedulesProblem } from './schedulesProblem';
import { SeriesFields } from './SeriesFields';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('schedules/SeriesDialog', {
  changed: params('The {weekday} series is changed for every class to come.'),
  added: params('{title} now also runs on {weekday}s.'),
  failed: 'The series could not be saved.',
  editTitle: params('Edit the {weekday} series'),
  addTitle: params('Add a series to {title}'),
  subject: 'This series',
  saveChanges: 'Save changes',
  addSeries: 'Add series',
  appliesToAll:
    'The change applies to every class of this series still to come, including ones changed by hand; enrolled clients move with their classes.',
  madeWeekly:
    'Classes are made weekly until the schedule ends. Enrolled clients are not added to a new series: change their series to give them a place.',
});
import { blankDraft, draftOf, parseDraft, type SeriesDraft, type SeriesProblems } from './seriesForm';
import { useReadOnly } from '../offline';

interface SeriesDialogProps {
  location: Location;
  overview: ScheduleOverview;
  /** The series to edit, or null to add one. */
  day: ScheduleDay | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}

const FIELD_OF: Record<string, keyof SeriesDraft> = {
  weekday: 'weekday',
  time: 'time',
  durationSeconds: 'minutes',
  teamMemberId: 'teamMemberId',
  capacity: 'capacity',
};

/** Adds a weekday series to a schedule, or changes one for every class still to come. */
export function SeriesDialog({ location, overview, day, onClose, onSaved }: SeriesDialogProps) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const team = useTeam(location.id).data ?? [];
  const taken = overview.schedule.days.map((d) => d.weekday);
  const [initial] = useState<SeriesDraft>(() => {
    if (day) return draftOf(day);
    const model = overview.schedule.days[0];
    const free = WEEKDAYS.find((weekday) => !taken.includes(weekday)) ?? 'mon';
    return blankDraft(free, model ? { ...draftOf(model) } : undefined);
  });
  const [draft, setDraft] = useState<SeriesDraft>(initial);
  const [problems, setProblems] = useState<SeriesProblems>({});
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const of = scheduleRef(location.id, overview);
  const save = useScheduleChange(
    location.id,
    (series: ReturnType<typeof parseDraft> & { ok: true }) =>
      day
        ? call('schedules.updateSeries', {
            ...of,
            dayId: day.id,
            series: {
              time: series.series.time,
              durationSeconds: series.series.durationSeconds,
              teamMemberId: series.series.teamMemberId,
              capacity: series.series.capacity,
            },
          })
        : call('schedules.addSeries', { ...of, series: series.series }),
    (saved) => saved,
  );

  const submit = async (event?: React.BaseSyntheticEvent) => {
    event?.preventDefault();
    setProblem(null);
    const parsed = parseDraft(draft);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems({});
    try {
      await save.mutateAsync(parsed);
      onSaved(
        day
          ? t.changed({ weekday: WEEKDAY_NAMES[draft.weekday] })
          : t.added({ title: isolate(overview.serviceTitle), weekday: WEEKDAY_NAMES[draft.weekday] }),
      );
    } catch (error) {
      const why = schedulesProblem(error, t.failed);
      if (why.kind === 'refused') {
        const placed: SeriesProblems = {};
        for (const [field, text] of Object.entries(why.fields)) {
          const key = FIELD_OF[field.split('.').pop() ?? ''];
          if (key) placed[key] = text;
        }
        setProblems(placed);
      }
      setProblem(why);
    }
  };

  return (
    <SettingsFormDialog
      blockedBecause={readOnly}
      title={
        day
          ? t.editTitle({ weekday: WEEKDAY_NAMES[day.weekday] })
          : t.addTitle({ title: isolate(overview.serviceTitle) })
      }
      subject={t.subject}
      submitLabel={day ? t.saveChanges : t.addSeries}
      maxWidth="md"
      dirty={JSON.stringify(draft) !== JSON.stringify(initial)}
      saving={save.isPending}
      problem={problem}
      onSubmit={submit}
      onDismissProblem={() => setProblem(null)}
      onClose={onClose}
    >
      <Stack spacing={2}>
        <SeriesFields
          value={draft}
          onChange={setDraft}
          team={team}
          problems={problems}
          takenWeekdays={day ? null : taken}
          disabled={save.isPending}
        />
        {day ? (
          <Alert severity="info">{t.appliesToAll}</Alert>
        ) : (
          <Alert severity="info">{t.madeWeekly}</Alert>
        )}
      </Stack>
    </SettingsFormDialog>
  );
}
