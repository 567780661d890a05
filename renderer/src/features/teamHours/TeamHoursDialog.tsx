import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { HoursSlot } from '../../../../shared/domain/teamHours';
import type { WorkingDay } from '../../../../shared/domain/teamMember';
import { BridgeError, problemText } from '../../api';
import { wordIssue } from '../../errors';
import { UserText } from '../../components/UserText';
import { i18n, params, useMessages } from '../../i18n';
import { textWith } from '../../components/textWith';
import { useDayHours, useSetTeamHours, useTeamHoursPreview } from './api';
import { OutsideHoursList } from './OutsideHoursList';
import {
  canAddBreak,
  canAddHours,
  formProblems,
  sameSlots,
  slotsOfDay,
  withBreak,
  withMoreHours,
} from './model';
import { longDay } from '../../format';
import { ReadOnlyNote, useReadOnly } from '../offline';

interface TeamHoursDialogProps {
  locationId: number;
  zone: string;
  member: { id: number; name: string };
  date: string;
  onClose: () => void;
  onSaved: (day: WorkingDay) => void;
  /** Offered when some appointments would fall outside: save, then hand those over to others. */
  onSavedThenMove?: (day: WorkingDay, appointmentIds: number[]) => void;
}

/**
 * Changes a team member's working hours on one date: other hours, a break (two blocks), a day off (no
 * blocks) or a working day where there was none. Before saving it lists the appointments the new hours
 * would leave outside working time; a failed save keeps what was typed.
 */
const messages = i18n('teamHours/TeamHoursDialog', {
  notSaved: 'The working hours could not be saved.',
  title: 'Working hours of {name}, {date}',
  loading: 'Loading the working hours',
  retry: 'Retry',
  notLoaded: 'The working hours could not be loaded.',
  dayOff: 'Day off: {name} does not work on this day.',
  hours: params('Hours {n}'),
  starts: 'Starts',
  ends: 'Ends',
  hoursStart: params('Hours {n} start'),
  hoursEnd: params('Hours {n} end'),
  remove: params('Remove hours {n}'),
  addDay: 'Add a working day',
  addHours: 'Add hours',
  addBreak: 'Add a break',
  dayOffButton: 'Day off',
  notChecked: 'The appointments could not be checked.',
  cancel: 'Cancel',
  saveAndMove: 'Save and move them…',
  saveAnyway: 'Save anyway',
  save: 'Save',
  pastMidnight: 'Hours past midnight can’t be edited here; change them in Altegio.',
  nextDay: params('{from}–{to} (next day)'),
  span: params('{from}–{to}'),
});

export function TeamHoursDialog(props: TeamHoursDialogProps) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const { locationId, zone, member, date, onClose, onSaved, onSavedThenMove } = props;
  const current = useDayHours(locationId, member.id, date);
  // Never the cached copy: editing it could overwrite newer hours another desk saved.
  const fresh = current.isSuccess && current.isFetchedAfterMount;
  const day = fresh ? slotsOfDay(current.data, zone) : null;
  const loaded = day && !day.pastMidnight ? day.slots : null;
  const [typed, setTyped] = useState<HoursSlot[] | null>(null);
  const slots = typed ?? loaded ?? [];
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetTeamHours(locationId);

  const problems = formProblems(slots);
  const valid = Object.keys(problems).length === 0;
  const change = { locationId, teamMemberId: member.id, date, slots };
  const preview = useTeamHoursPreview(change, loaded !== null && valid);
  const changed = loaded !== null && !sameSlots(slots, loaded);
  const outside = preview.data?.appointmentsOutside ?? [];
  const title = longDay(DateTime.fromISO(date, { zone }), true);

  const edit = (next: HoursSlot[]) => {
    setTyped(next);
    setServerFields({});
  };
  const setTime = (index: number, field: keyof HoursSlot, value: string) =>
    edit(slots.map((slot, i) => (i === index ? { ...slot, [field]: value.trim() } : slot)));

  const submit = async (thenMove: boolean) => {
    setProblem(null);
    try {
      const saved = await save.mutateAsync(change);
      if (thenMove && onSavedThenMove)
        onSavedThenMove(
          saved,
          outside.map((appointment) => appointment.id),
        );
      else onSaved(saved);
    } catch (error) {
      setProblem(problemText(error, messages.get().notSaved));
      if (error instanceof BridgeError) {
        setServerFields(
          Object.fromEntries(
            Object.entries(error.fields).map(([field, text]) => [field.replace(/^slots\./, ''), text]),
          ),
        );
      }
    }
  };

  const fieldError = (index: number, field: keyof HoursSlot) => {
    const issue = problems[`${index}.${field}`];
    return issue ? wordIssue(issue) : serverFields[`${index}.${field}`];
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="team-hours-title">
      <DialogTitle id="team-hours-title">
        {textWith(t.title, { name: <UserText>{member.name}</UserText>, date: title })}
      </DialogTitle>
      <DialogContent>
        {!fresh && !current.isError && <LinearProgress aria-label={t.loading} />}
        {current.isError && (
          <Alert severity="error" action={<Button onClick={() => void current.refetch()}>{t.retry}</Button>}>
            {problemText(current.error, t.notLoaded)}
          </Alert>
        )}
        {day?.pastMidnight && <PastMidnightHours slots={day.slots} />}
        {loaded !== null && (
          <Stack spacing={2} sx={{ pt: 1 }}>
            {slots.length === 0 ? (
              <Typography data-testid="team-hours-day-off">
                {textWith(t.dayOff, { name: <UserText>{member.name}</UserText> })}
              </Typography>
            ) : (
              slots.map((slot, index) => (
                <Stack
                  key={index}
                  direction="row"
                  spacing={1}
                  sx={{ alignItems: 'flex-start' }}
                  role="group"
                  aria-label={t.hours({ n: index + 1 })}
                >
                  <TextField
                    label={t.starts}
                    size="small"
                    value={slot.from}
                    placeholder="09:00"
                    onChange={(event) => setTime(index, 'from', event.target.value)}
                    error={Boolean(fieldError(index, 'from'))}
                    helperText={fieldError(index, 'from')}
                    slotProps={{
                      htmlInput: { 'aria-label': t.hoursStart({ n: index + 1 }), inputMode: 'numeric' },
                    }}
                  />
                  <TextField
                    label={t.ends}
                    size="small"
                    value={slot.to}
                    placeholder="18:00"
                    onChange={(event) => setTime(index, 'to', event.target.value)}
                    error={Boolean(fieldError(index, 'to'))}
                    helperText={fieldError(index, 'to')}
                    slotProps={{
                      htmlInput: { 'aria-label': t.hoursEnd({ n: index + 1 }), inputMode: 'numeric' },
                    }}
                  />
                  <IconButton
                    aria-label={t.remove({ n: index + 1 })}
                    onClick={() => edit(slots.filter((_, i) => i !== index))}
                  >
                    ×
                  </IconButton>
                </Stack>
              ))
            )}
            {serverFields['slots'] && <Alert severity="error">{serverFields['slots']}</Alert>}
            <Stack direction="row" spacing={1}>
              <Button onClick={() => edit(withMoreHours(slots))} disabled={!canAddHours(slots)}>
                {slots.length === 0 ? t.addDay : t.addHours}
              </Button>
              <Button onClick={() => edit(withBreak(slots))} disabled={!canAddBreak(slots)}>
                {t.addBreak}
              </Button>
              <Button onClick={() => edit([])} disabled={slots.length === 0}>
                {t.dayOffButton}
              </Button>
            </Stack>
            {valid && (
              <OutsideHoursList
                zone={zone}
                canMove={onSavedThenMove !== undefined}
                loading={preview.isPending || preview.isFetching}
                error={preview.isError ? problemText(preview.error, t.notChecked) : null}
                appointments={outside}
                unreadable={preview.data?.unreadable ?? 0}
              />
            )}
          </Stack>
        )}
        {problem && (
          <Alert severity="error" sx={{ mt: 2 }} onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <ReadOnlyNote reason={readOnly} />
        <Button onClick={onClose}>{t.cancel}</Button>
        {onSavedThenMove && outside.length > 0 && (
          <Button
            onClick={() => void submit(true)}
            disabled={!changed || !valid || save.isPending || preview.isFetching || readOnly !== null}
          >
            {t.saveAndMove}
          </Button>
        )}
        <Button
          variant="contained"
          onClick={() => void submit(false)}
          disabled={!changed || !valid || save.isPending || preview.isFetching || readOnly !== null}
        >
          {/* Saving without knowing what falls outside is saving anyway too. */}
          {outside.length > 0 || preview.isError ? t.saveAnyway : t.save}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Hours that run past midnight (set in Altegio): shown as they are, not editable here. */
function PastMidnightHours({ slots }: { slots: readonly HoursSlot[] }) {
  const t = useMessages(messages);
  return (
    <Alert severity="warning" data-testid="team-hours-past-midnight">
      {t.pastMidnight}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {slots
          .map((slot) => (slot.to <= slot.from ? t.nextDay : t.span)({ from: slot.from, to: slot.to }))
          .join(', ')}
      </Typography>
    </Alert>
  );
}
