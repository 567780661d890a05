import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { VisitMoveResult, VisitMoveStep, VisitOffset } from '../../../../shared/contract/visitMove';
import type { Appointment } from '../../../../shared/domain/appointment';
import { versionOf } from '../../../../shared/domain/appointmentVersioning';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { problemText } from '../../api';
import { wordIssue } from '../../errors';
import { useApplyVisitMove, useVisitMovePreview } from './api';
import { describeOffset, normalizeOffset, OFFSET_STEPS, offsetToTime, shiftedStart, timeOf } from './model';
import { maySplit } from './notice';
import { VisitMoveTable } from './VisitMoveTable';
import { UserText } from '../../components/UserText';
import { i18n, params, plural, useMessages } from '../../i18n';
import { ReadOnlyNote, useReadOnly } from '../offline';

const messages = i18n('visitMove/VisitMoveDialog', {
  hours: params('{sign}{hours} h'),
  minutes: params('{sign}{minutes} min'),
  notMoved: 'The visit could not be moved.',
  notChecked: 'The new times could not be checked.',
  title: 'Move the whole visit',
  of: ' of ',
  newStart: params('New start of the {time} appointment'),
  checking: 'Checking the new times',
  retry: 'Retry',
  unreadable: plural({
    one: '{count} appointment(s) of those days could not be read, so the check cannot see them.',
    other: '{count} appointment(s) of those days could not be read, so the check cannot see them.',
  }),
  blocked: 'Nothing can move while an appointment above has a problem: choose another time.',
  allMoved: params('All {count} appointments moved.'),
  checkAgain: 'Check again',
  maySplit: 'The visit may be split: check each appointment above that did not move as planned.',
  notMovedEach: 'The visit was not moved: each appointment above says what happened to it.',
  close: 'Close',
  cancel: 'Cancel',
  moveAll: params('Move all {count}'),
});

interface VisitMoveDialogProps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  /** The appointment the user grabbed: the new time is typed for it. */
  grabbed: Appointment;
  /** A drag's offset, preset. */
  initialOffset: VisitOffset;
  onClose: () => void;
  onMoved: (result: VisitMoveResult) => void;
}

function stepLabel(minutes: number): string {
  const t = messages.get();
  const sign = minutes > 0 ? '+' : '−';
  const size = Math.abs(minutes);
  return size >= 60 ? t.hours({ sign, hours: size / 60 }) : t.minutes({ sign, minutes: size });
}

/**
 * Moves every appointment of a visit by the same offset. The preview names what is in the way of each;
 * "Move all" waits until nothing is. After applying, each appointment says what happened to it.
 */
export function VisitMoveDialog({
  locationId,
  zone,
  teamMembers,
  grabbed,
  initialOffset,
  onClose,
  onMoved,
}: VisitMoveDialogProps) {
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  const [offset, setOffset] = useState(() => normalizeOffset(initialOffset));
  const [typedTime, setTypedTime] = useState<string | null>(null);
  /** What was applied and what happened: shown as it was, not as a fresh preview of the moved visit. */
  const [applied, setApplied] = useState<{ steps: VisitMoveStep[]; result: VisitMoveResult } | null>(null);
  const result = applied?.result ?? null;
  const [problem, setProblem] = useState<string | null>(null);
  const request = { locationId, appointmentId: grabbed.id, offset };
  const preview = useVisitMovePreview(request, true);
  const apply = useApplyVisitMove(locationId);

  const shown = preview.data && !preview.isPlaceholderData ? preview.data : null;
  const steps = shown?.steps ?? [];
  const blocked = steps.some((s) => s.problem !== null);
  const moving = steps.filter((s) => !s.stays).length;
  const timeText =
    typedTime ?? timeOf(shiftedStart(grabbed.start, offset, zone).toISO() ?? grabbed.start, zone);
  const timeError = typedTime !== null && offsetToTime(grabbed.start, offset, typedTime, zone) === null;

  const moveBy = (minutes: number) => {
    setOffset(normalizeOffset({ days: offset.days, minutes: offset.minutes + minutes }));
    setTypedTime(null);
    setApplied(null);
    setProblem(null);
  };
  const typeTime = (text: string) => {
    setTypedTime(text);
    setApplied(null);
    setProblem(null);
    const typed = offsetToTime(grabbed.start, offset, text, zone);
    if (typed !== null) setOffset(normalizeOffset(typed));
  };

  /** After a result that was not a full move: the visit as it is now, checked afresh. */
  const checkAgain = () => {
    setApplied(null);
    setProblem(null);
    void preview.refetch();
  };

  const submit = async () => {
    if (!shown) return;
    setProblem(null);
    try {
      const expected = shown.steps.map(({ appointment: a }) => ({
        id: a.id,
        lastChangedAt: a.lastChangedAt,
        teamMemberId: a.teamMemberId,
        start: a.start,
        durationSeconds: a.durationSeconds,
        seen: versionOf(a),
      }));
      const done = await apply.mutateAsync({
        input: { ...request, expected },
        clientId: grabbed.client?.id,
      });
      setApplied({ steps: shown.steps, result: done });
      onMoved(done);
    } catch (error) {
      setProblem(problemText(error, messages.get().notMoved));
    }
  };

  const allMoved = result !== null && result.outcomes.every((o) => o.result === 'moved');
  const split = result !== null && maySplit(result);
  // While the moves run, closing would hide how they end.
  const close = () => {
    if (!apply.isPending) onClose();
  };
  const offsetProblem = preview.error ? problemText(preview.error, t.notChecked) : null;

  return (
    <Dialog open onClose={close} maxWidth="md" fullWidth aria-labelledby="visit-move-title">
      <DialogTitle id="visit-move-title">
        {t.title}
        {grabbed.client && (
          <>
            {t.of}
            <UserText>{grabbed.client.name}</UserText>
          </>
        )}
      </DialogTitle>
      <DialogContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', pt: 1 }}>
          {OFFSET_STEPS.map((step) => (
            <Button key={step} variant="outlined" size="small" onClick={() => moveBy(step)}>
              {stepLabel(step)}
            </Button>
          ))}
          <TextField
            label={t.newStart({ time: timeOf(grabbed.start, zone) })}
            size="small"
            value={timeText}
            onChange={(event) => typeTime(event.target.value)}
            error={timeError}
            helperText={timeError ? wordIssue('issue.visitMove.time') : ' '}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ minWidth: 260 }}
          />
          <Typography data-testid="visit-move-offset" aria-live="polite">
            {describeOffset(offset)}
          </Typography>
        </Stack>
        {preview.isFetching && <LinearProgress aria-label={t.checking} sx={{ my: 1 }} />}
        {offsetProblem && (
          <Alert
            severity="error"
            sx={{ my: 1 }}
            action={<Button onClick={() => void preview.refetch()}>{t.retry}</Button>}
          >
            {offsetProblem}
          </Alert>
        )}
        {shown && (
          <VisitMoveTable
            zone={zone}
            teamMembers={teamMembers}
            steps={applied?.steps ?? steps}
            outcomes={result?.outcomes ?? null}
          />
        )}
        {shown && shown.unreadable > 0 && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {t.unreadable(shown.unreadable)}
          </Alert>
        )}
        {blocked && !result && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {t.blocked}
          </Alert>
        )}
        {allMoved && (
          <Alert severity="success" sx={{ mt: 1 }}>
            {t.allMoved({ count: result.outcomes.length })}
          </Alert>
        )}
        {result && !allMoved && (
          <Alert
            severity="error"
            sx={{ mt: 1 }}
            action={
              <Button color="inherit" onClick={checkAgain}>
                {t.checkAgain}
              </Button>
            }
          >
            {split ? t.maySplit : t.notMovedEach}
          </Alert>
        )}
        {problem && (
          <Alert severity="error" sx={{ mt: 1 }} onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <ReadOnlyNote reason={readOnly} />
        <Button onClick={close} disabled={apply.isPending}>
          {allMoved ? t.close : t.cancel}
        </Button>
        {!allMoved && (
          <Button
            variant="contained"
            onClick={() => void submit()}
            disabled={
              readOnly !== null ||
              !shown ||
              moving === 0 ||
              (offset.days === 0 && offset.minutes === 0) ||
              timeError ||
              blocked ||
              preview.isFetching ||
              apply.isPending ||
              result !== null
            }
          >
            {t.moveAll({ count: moving || '' })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
