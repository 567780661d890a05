import { useState } from 'react';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { UserText } from '../../components/UserText';
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
      if (!input) throw new Error('No client chosen');
      return call('schedules.enrol', { ...of, client: input, dayIds: chosen });
    },
    (made) => made.overview,
  );

  const check = (): Problems => {
    const found: Problems = {};
    if (!enrolment) {
      if (!client) found.client = 'Choose a client, or make a new one.';
      else if (client.kind === 'new') {
        if (!client.name.trim()) found.name = wordIssue('issue.client.name');
        if (!isPlausiblePhone(client.phone)) found.phone = wordIssue('issue.client.phone');
      }
    }
    if (dayIds.length === 0)
      found.series = enrolment
        ? 'Tick at least one series. To take the client out of every series, use Unenrol.'
        : wordIssue('issue.enrolment.noSeries');
    else if (enrolment && sameIds(dayIds, enrolment.dayIds))
      found.series = 'Tick or untick a series to change.';
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
      const why = schedulesProblem(error, 'The enrolment could not be saved.');
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
          enrolmentName(client, enrolment)
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
    ? `Change the series of ${enrolment.clientName ? isolate(enrolment.clientName) : 'this client'}`
    : `Enrol a client in ${isolate(overview.serviceTitle)}`;
  return (
    <SettingsFormDialog
      title={title}
      subject="This enrolment"
      submitLabel={enrolment ? 'Change series' : 'Enrol'}
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
            {already.clientName ? <UserText>{already.clientName}</UserText> : 'This client'} is already
            enrolled in {seriesList(overview, already.dayIds)}. Enrolling adds the ticked series and takes
            none away; to drop one, use Change series.
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
        <Stack spacing={1} component="section" aria-label="Preview">
          {preview.isFetching && <LinearProgress aria-label="Loading the preview" />}
          {preview.error && (
            <LoadProblem
              error={preview.error}
              fallback="The dates could not be worked out."
              onRetry={() => void preview.refetch()}
            />
          )}
          {preview.isSuccess && !change && (
            <>
              <Typography variant="subtitle2" component="h3">
                {previewHeading(making.length, chosen)}
              </Typography>
              <OccurrenceList
                label="Appointments this will make"
                occurrences={chosen}
                zone={location.timezone}
                empty={
                  dayIds.length === 0 ? 'Tick a series to see its dates.' : 'No dates ahead in this schedule.'
                }
              />
            </>
          )}
          {preview.isSuccess &&
            change &&
            [
              { title: 'Added', label: 'Appointments this will add', list: change.gained },
              { title: 'Removed', label: 'Appointments this will remove', list: change.lost },
            ].map((part) => (
              <Stack key={part.title} spacing={0.5}>
                <Typography variant="subtitle2" component="h3">
                  {part.title}: {countText(part.list.length)}
                </Typography>
                <OccurrenceList
                  label={part.label}
                  occurrences={part.list}
                  zone={location.timezone}
                  empty="None."
                />
              </Stack>
            ))}
          {chosen.some((o) => o.state === 'clash') && (
            <Alert severity="warning">
              The client already has another appointment at some of these times; Altegio books the class
              anyway.
            </Alert>
          )}
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

function countText(count: number): string {
  return count === 1 ? '1 appointment' : `${count} appointments`;
}

function previewHeading(making: number, chosen: readonly Occurrence[]): string {
  const full = chosen.filter((o) => o.state === 'full' || o.state === 'missing').length;
  const skipped =
    full > 0 ? `; ${full === 1 ? '1 date is' : `${full} dates are`} full or without a class` : '';
  return `${countText(making)} will be made${skipped}`;
}

function enrolmentName(client: PickedClient, enrolment?: Enrolment): string {
  if (enrolment) return enrolment.clientName;
  if (client?.kind === 'existing') return client.hit.name;
  return client?.name ?? 'The client';
}
