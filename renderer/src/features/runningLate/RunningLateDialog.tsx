import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import type { LatePushResult } from '../../../../shared/contract/runningLate';
import type { LateMode } from '../../../../shared/domain/runningLate';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { i18n, params, plural, useMessages } from '../../i18n';
import { problemText } from '../../api';
import { wordIssue } from '../../errors';
import { useDebounced } from '../../useDebounced';
import { useApplyRunningLate, useLatePreview } from './api';
import { LateOutcomes } from './LateOutcomes';
import { LatePushTable } from './LatePushTable';
import { applyInput, holdsBack, lateRequest, QUICK_DELAYS, willMove, type LateForm } from './model';
import { longDay } from '../../format';
import { ReadOnlyNote, useReadOnly } from '../offline';

const messages = i18n('runningLate/RunningLateDialog', {
  notPushed: 'The appointments could not be pushed.',
  title: params('Running late, {date}'),
  teamMember: 'Team member',
  from: 'From',
  fromHelp: 'Appointments starting then or later',
  minutesLate: 'Minutes late',
  minutesHelp: '5 to 240',
  quick: 'Quick choices of minutes',
  minutes: params('{minutes} minutes'),
  howFar: 'How far to push',
  all: 'Push every later appointment of the day',
  absorb: 'Push only until a gap in the day absorbs the delay',
  working: 'Working out the new times',
  retry: 'Retry',
  notRead: 'The appointments could not be read.',
  pushing: 'Pushing the appointments, one by one',
  done: 'Done',
  cancel: 'Cancel',
  pushingShort: 'Pushing…',
  push: plural({ one: 'Push {count} appointment', other: 'Push {count} appointments' }),
  pushAppointments: 'Push appointments',
});

interface RunningLateDialogProps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  initial: LateForm;
  onClose: () => void;
  /** After a push: how many moved, for the page's notice. */
  onPushed: (result: LatePushResult) => void;
}

/**
 * "Emma is running 20 minutes late": pushes a member's later appointments of the day, showing first where
 * each would go, who to call, and what stands in the way; then what happened to each.
 */
export function RunningLateDialog(props: RunningLateDialogProps) {
  const { locationId, zone, teamMembers } = props;
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const [form, setForm] = useState<LateForm>(props.initial);
  const [saveAnyway, setSaveAnyway] = useState<Set<number>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<LatePushResult | null>(null);
  const typed = useMemo(() => lateRequest(form, locationId, zone), [form, locationId, zone]);
  const request = useDebounced(typed.request);
  const preview = useLatePreview(request);
  const push = useApplyRunningLate(locationId);
  const current =
    preview.data && !preview.isPlaceholderData && typed.request === request ? preview.data : null;
  const shownRows = useMemo(() => preview.data?.rows ?? [], [preview.data]);
  // From the rows the table shows, so its marks never lag behind them.
  const held = useMemo(() => holdsBack(shownRows, saveAnyway), [shownRows, saveAnyway]);
  const willCall = (id: number) => {
    const row = shownRows.find((candidate) => candidate.id === id);
    return row !== undefined && willMove(row, saveAnyway) && !held.has(id);
  };
  const count = current ? current.rows.filter((row) => willCall(row.id)).length : 0;
  const close = push.isPending ? undefined : props.onClose;
  const problem = (field: keyof NonNullable<typeof typed.problems>) => {
    const issue = typed.problems?.[field];
    return issue ? wordIssue(issue) : undefined;
  };
  const edit = (change: Partial<LateForm>) => {
    setForm({ ...form, ...change });
    setSaveAnyway(new Set());
    setFailure(null);
  };

  const apply = async () => {
    if (!current || !request) return;
    setFailure(null);
    try {
      const done = await push.mutateAsync(applyInput(request, current.rows, saveAnyway));
      setResult(done);
      props.onPushed(done);
    } catch (error) {
      setFailure(problemText(error, messages.get().notPushed));
    }
  };

  const title = longDay(DateTime.fromISO(form.date, { zone }));
  return (
    // While the push runs, neither Escape nor a click outside closes it: its results are still to come.
    <Dialog open onClose={close} maxWidth="md" fullWidth aria-labelledby="running-late-title">
      <DialogTitle id="running-late-title">{t.title({ date: title })}</DialogTitle>
      <DialogContent>
        {result ? (
          <LateOutcomes zone={zone} rows={current?.rows ?? shownRows} outcomes={result.outcomes} />
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                select
                label={t.teamMember}
                size="small"
                sx={{ minWidth: 200 }}
                value={form.teamMemberId ?? ''}
                onChange={(event) => edit({ teamMemberId: Number(event.target.value) })}
                error={Boolean(problem('teamMemberId'))}
                helperText={problem('teamMemberId')}
              >
                {teamMembers.map((member) => (
                  <MenuItem key={member.id} value={member.id}>
                    {member.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                label={t.from}
                size="small"
                value={form.time}
                placeholder="14:30"
                onChange={(event) => edit({ time: event.target.value })}
                error={Boolean(problem('time'))}
                helperText={problem('time') ?? t.fromHelp}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
              <TextField
                label={t.minutesLate}
                size="small"
                value={form.minutes}
                onChange={(event) => edit({ minutes: event.target.value })}
                error={Boolean(problem('minutes'))}
                helperText={problem('minutes') ?? t.minutesHelp}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
            </Stack>
            <ToggleButtonGroup
              size="small"
              exclusive
              aria-label={t.quick}
              value={Number(form.minutes)}
              onChange={(_, minutes: number | null) => minutes && edit({ minutes: String(minutes) })}
            >
              {QUICK_DELAYS.map((minutes) => (
                <ToggleButton key={minutes} value={minutes} aria-label={t.minutes({ minutes })}>
                  {minutes}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <RadioGroup
              aria-label={t.howFar}
              value={form.mode}
              onChange={(event) => edit({ mode: event.target.value as LateMode })}
            >
              <FormControlLabel value="all" control={<Radio />} label={t.all} />
              <FormControlLabel value="absorb" control={<Radio />} label={t.absorb} />
            </RadioGroup>
            {preview.isFetching && <LinearProgress aria-label={t.working} />}
            {preview.isError && (
              <Alert
                severity="error"
                action={<Button onClick={() => void preview.refetch()}>{t.retry}</Button>}
              >
                {problemText(preview.error, t.notRead)}
              </Alert>
            )}
            {typed.request && preview.data && (
              <LatePushTable
                zone={zone}
                preview={preview.data}
                saveAnyway={saveAnyway}
                held={held}
                willCall={willCall}
                onSaveAnyway={(id, on) => {
                  const next = new Set(saveAnyway);
                  if (on) next.add(id);
                  else next.delete(id);
                  setSaveAnyway(next);
                }}
              />
            )}
          </Stack>
        )}
        {push.isPending && <LinearProgress sx={{ mt: 2 }} aria-label={t.pushing} />}
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }} onClose={() => setFailure(null)}>
            {failure}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <ReadOnlyNote reason={readOnly} />
        {result ? (
          <Button variant="contained" onClick={props.onClose}>
            {t.done}
          </Button>
        ) : (
          <>
            <Button onClick={props.onClose} disabled={push.isPending}>
              {t.cancel}
            </Button>
            <Button
              variant="contained"
              onClick={() => void apply()}
              disabled={count === 0 || push.isPending || preview.isFetching || readOnly !== null}
            >
              {push.isPending ? t.pushingShort : current ? t.push(count) : t.pushAppointments}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
