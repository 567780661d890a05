import { useState } from 'react';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isolate } from '../../components/isolate';
import type { EnrolResult } from '../../../../shared/contract/schedules';
import { isPlausiblePhone } from '../../../../shared/domain/client';
import type { Location } from '../../../../shared/domain/location';
import type { Enrolment, Occurrence, ScheduleOverview } from '../../../../shared/domain/schedule';
import { call } from '../../api';
import { LoadProblem } from '../../components/LoadProblem';
import { SettingsFormDialog } from '../../components/SettingsFormDialog';
import { wordIssue } from '../../errors';
import type { SettingsProblem } from '../../settingsProblem';
import { useTeam } from '../team';
import { usePreview, useScheduleChange } from './api';
import { ClientPicker, clientInputOf, type PickedClient } from './ClientPicker';
import { EnrolResultDialog } from './EnrolResultDialog';
import {
  expectedAppointments,
  previewFor,
  scheduleRef,
  seriesChange,
  seriesInWeekOrder,
  seriesName,
} from './model';
import { OccurrenceList } from './OccurrenceList';
import { enrolmentField, schedulesProblem } from './schedulesProblem';
import { SeriesChoice } from './SeriesChoice';
import { IsolatedText } from '../../components/IsolatedText';
import { i18n, params, plural, useMessages } from '../../i18n';
import { useReadOnly } from '../offline';

const messages = i18n('schedules/EnrolDialog', {
  noClient: 'No client chosen',
  chooseClient: 'Choose a client, or make a new one.',
  tickOne: 'Tick at least one series. To take the client out of every series, use Unenrol.',
  tickChange: 'Tick or untick a series to change.',
  failed: 'The enrolment could not be saved.',
  changeTitle: params('Change the series of {name}'),
  thisClient: 'this client',
  enrolTitle: params('Enrol a client in {title}'),
  subject: 'This enrolment',
  changeSeries: 'Change series',
  enrol: 'Enrol',
  already: params(
    '{name} is already enrolled in {series}. Enrolling adds the ticked series and takes none away; to drop one, use Change series.',
  ),
  thisClientStart: 'This client',
  preview: 'Preview',
  loading: 'Loading the preview',
  notWorkedOut: 'The dates could not be worked out.',
  willMake: 'Appointments this will make',
  tickToSee: 'Tick a series to see its dates.',
  noDates: 'No dates ahead in this schedule.',
  added: 'Added',
  willAdd: 'Appointments this will add',
  removed: 'Removed',
  willRemove: 'Appointments this will remove',
  partCount: params('{part}: {count}'),
  none: 'None.',
  clash: 'The client already has another appointment at some of these times; Altegio books the class anyway.',
  count: plural({ one: '{count} appointment', other: '{count} appointments' }),
  willBeMade: params('{count} will be made{skipped}'),
  skipped: plural({
    one: '; {count} date is full or without a class',
    other: '; {count} dates are full or without a class',
  }),
  theClient: 'The client',
});
type Messages = ReturnType<typeof messages.get>;

export interface EnrolDialogProps {
  location: Location;
  overview: ScheduleOverview;
  /** Given: change this client's series instead of enrolling someone. */
  enrolment?: Enrolment;
  onClose: () => void;
}

type Problems = { client?: string; name?: string; phone?: string; series?: string };

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Enrols a client in some series of a schedule, or changes an enrolled client's series. Before saving it
 * lists every appointment the change makes (and removes), marked where a date is full or clashes; after
 * saving it sets what Altegio made against that list.
 */
export function EnrolDialog({ location, overview, enrolment, onClose }: EnrolDialogProps) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const days = overview.schedule.days;
  const initialDays = enrolment?.dayIds ?? (days.length === 1 && days[0] ? [days[0].id] : []);
  const team = useTeam(location.id).data ?? [];
  const [client, setClient] = useState<PickedClient>(null);
  const [dayIds, setDayIds] = useState<number[]>(initialDays);
  const [problems, setProblems] = useState<Problems>({});
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const [result, setResult] = useState<{ expected: Occurrence[] | null; made: EnrolResult } | null>(null);
  const clientId = enrolment?.clientId ?? (client?.kind === 'existing' ? client.hit.id : null);
  const preview = usePreview(location.id, overview, clientId);
  const occurrences = preview.data ?? [];
  // Enrolling someone already enrolled adds series and takes none away: the preview shows all they will have.
  const already = enrolment ? undefined : overview.enrolments.find((e) => e.clientId === clientId);
  const willHave = already ? [...new Set([...already.dayIds, ...dayIds])] : dayIds;
  const save = useScheduleChange(
    location.id,
    (chosen: number[]) => {
      const of = scheduleRef(location.id, overview);
      if (enrolment)
        return call('schedules.changeSeries', { ...of, enrolmentId: enrolment.id, dayIds: chosen });
      const input = clientInputOf(client);
      if (!input) throw new Error(t.noClient);
      return call('schedules.enrol', { ...of, client: input, dayIds: chosen });
    },
    (made) => made.overview,
  );

  const check = (): Problems => {
    const found: Problems = {};
    if (!enrolment) {
      if (!client) found.client = t.chooseClient;
      else if (client.kind === 'new') {
        if (!client.name.trim()) found.name = wordIssue('issue.client.name');
        if (!isPlausiblePhone(client.phone)) found.phone = wordIssue('issue.client.phone');
      }
    }
    if (dayIds.length === 0) found.series = enrolment ? t.tickOne : wordIssue('issue.enrolment.noSeries');
    else if (enrolment && sameIds(dayIds, enrolment.dayIds)) found.series = t.tickChange;
    return found;
  };

  const submit = async (event?: React.BaseSyntheticEvent) => {
    event?.preventDefault();
    setProblem(null);
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const expected = preview.isSuccess ? expectedAppointments(previewFor(occurrences, willHave)) : null;
    try {
      const made = await save.mutateAsync(dayIds);
      setResult({ expected, made });
    } catch (error) {
      const why = schedulesProblem(error, t.failed);
      if (why.kind === 'refused') {
        const placed: Problems = {};
        for (const [field, text] of Object.entries(why.fields)) {
          const input = enrolmentField(field);
          if (input) placed[input] = text;
        }
        setProblems(placed);
      }
      setProblem(why);
    }
  };

  if (result) {
    return (
      <EnrolResultDialog
        zone={location.timezone}
        clientName={
          result.made.overview.enrolments.find((e) => e.clientId === result.made.clientId)?.clientName ??
          enrolmentName(t, client, enrolment)
        }
        expected={result.expected}
        made={result.made.appointments}
        onClose={onClose}
      />
    );
  }

  const chosen = previewFor(occurrences, willHave);
  const change = enrolment ? seriesChange(occurrences, enrolment.dayIds, dayIds) : null;
  const making = expectedAppointments(chosen).filter((o) => o.state !== 'enrolled');
  const title = enrolment
    ? t.changeTitle({ name: enrolment.clientName ? isolate(enrolment.clientName) : t.thisClient })
    : t.enrolTitle({ title: isolate(overview.serviceTitle) });
  return (
    <SettingsFormDialog
      blockedBecause={readOnly}
      title={title}
      subject={t.subject}
      submitLabel={enrolment ? t.changeSeries : t.enrol}
      dirty={client !== null || !sameIds(dayIds, initialDays)}
      saving={save.isPending}
      submitDisabled={preview.isFetching}
      anchorTop
      problem={problem}
      onSubmit={submit}
      onDismissProblem={() => setProblem(null)}
      onClose={onClose}
    >
      <Stack spacing={2.5}>
        {enrolment ? (
          <Typography>
            {enrolment.clientName} {enrolment.clientPhone && `· ${enrolment.clientPhone}`}
          </Typography>
        ) : (
          <ClientPicker
            locationId={location.id}
            value={client}
            onChange={(next) => {
              setClient(next);
              setProblems((old) => ({ ...old, client: undefined, name: undefined, phone: undefined }));
            }}
            errors={problems}
            disabled={save.isPending}
          />
        )}
        {already && (
          <Alert severity="info">
            <IsolatedText
              text={t.already({
                name: already.clientName ? isolate(already.clientName) : t.thisClientStart,
                series: seriesList(overview, already.dayIds),
              })}
            />
          </Alert>
        )}
        <SeriesChoice
          overview={overview}
          team={team}
          value={dayIds}
          onChange={(next) => {
            setDayIds(next);
            setProblems((old) => ({ ...old, series: undefined }));
          }}
          error={problems.series}
          disabled={save.isPending}
        />
        <Stack spacing={1} component="section" aria-label={t.preview}>
          {preview.isFetching && <LinearProgress aria-label={t.loading} />}
          {preview.error && (
            <LoadProblem
              error={preview.error}
              fallback={t.notWorkedOut}
              onRetry={() => void preview.refetch()}
            />
          )}
          {preview.isSuccess && !change && (
            <>
              <Typography variant="subtitle2" component="h3">
                {previewHeading(t, making.length, chosen)}
              </Typography>
              <OccurrenceList
                label={t.willMake}
                occurrences={chosen}
                zone={location.timezone}
                empty={dayIds.length === 0 ? t.tickToSee : t.noDates}
              />
            </>
          )}
          {preview.isSuccess &&
            change &&
            [
              { title: t.added, label: t.willAdd, list: change.gained },
              { title: t.removed, label: t.willRemove, list: change.lost },
            ].map((part) => (
              <Stack key={part.title} spacing={0.5}>
                <Typography variant="subtitle2" component="h3">
                  {t.partCount({ part: part.title, count: t.count(part.list.length) })}
                </Typography>
                <OccurrenceList
                  label={part.label}
                  occurrences={part.list}
                  zone={location.timezone}
                  empty={t.none}
                />
              </Stack>
            ))}
          {chosen.some((o) => o.state === 'clash') && <Alert severity="warning">{t.clash}</Alert>}
        </Stack>
      </Stack>
    </SettingsFormDialog>
  );
}

function seriesList(overview: ScheduleOverview, dayIds: readonly number[]): string {
  return seriesInWeekOrder(overview.schedule.days)
    .filter((day) => dayIds.includes(day.id))
    .map(seriesName)
    .join(', ');
}

function previewHeading(t: Messages, making: number, chosen: readonly Occurrence[]): string {
  const full = chosen.filter((o) => o.state === 'full' || o.state === 'missing').length;
  return t.willBeMade({ count: t.count(making), skipped: full > 0 ? t.skipped(full) : '' });
}

function enrolmentName(t: Messages, client: PickedClient, enrolment?: Enrolment): string {
  if (enrolment) return enrolment.clientName;
  if (client?.kind === 'existing') return client.hit.name;
  return client?.name ?? t.theClient;
}
