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

const stepLabel = (minutes: number) =>
  `${minutes > 0 ? '+' : '−'}${Math.abs(minutes) >= 60 ? `${Math.abs(minutes) / 60} h` : `${Math.abs(minutes)} min`}`;

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
      setProblem(problemText(error, 'The visit could not be moved.'));
    }
  };

  const allMoved = result !== null && result.outcomes.every((o) => o.result === 'moved');
  const split = result !== null && maySplit(result);
  // While the moves run, closing would hide how they end.
  const close = () => {
    if (!apply.isPending) onClose();
  };
  const offsetProblem = preview.error
    ? problemText(preview.error, 'The new times could not be checked.')
    : null;

  return (
    <Dialog open onClose={close} maxWidth="md" fullWidth aria-labelledby="visit-move-title">
      <DialogTitle id="visit-move-title">
        Move the whole visit
        {grabbed.client && (
          <>
            {' of '}
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
            label={`New start of the ${timeOf(grabbed.start, zone)} appointment`}
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
        {preview.isFetching && <LinearProgress aria-label="Checking the new times" sx={{ my: 1 }} />}
        {offsetProblem && (
          <Alert
            severity="error"
            sx={{ my: 1 }}
            action={<Button onClick={() => void preview.refetch()}>Retry</Button>}
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
            {shown.unreadable} appointment(s) of those days could not be read, so the check cannot see them.
          </Alert>
        )}
        {blocked && !result && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            Nothing can move while an appointment above has a problem: choose another time.
          </Alert>
        )}
        {allMoved && (
          <Alert severity="success" sx={{ mt: 1 }}>
            All {result.outcomes.length} appointments moved.
          </Alert>
        )}
        {result && !allMoved && (
          <Alert
            severity="error"
            sx={{ mt: 1 }}
            action={
              <Button color="inherit" onClick={checkAgain}>
                Check again
              </Button>
            }
          >
            {split
              ? 'The visit may be split: check each appointment above that did not move as planned.'
              : 'The visit was not moved: each appointment above says what happened to it.'}
          </Alert>
        )}
        {problem && (
          <Alert severity="error" sx={{ mt: 1 }} onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={apply.isPending}>
          {allMoved ? 'Close' : 'Cancel'}
        </Button>
        {!allMoved && (
          <Button
            variant="contained"
            onClick={() => void submit()}
            disabled={
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
            Move all {moving || ''}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
