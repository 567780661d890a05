import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { StaffOutRow } from '../../../../shared/contract/staffOut';
import type { MoveOutcome } from '../../../../shared/domain/deskMove';
import { CopyButton } from '../../components/CopyButton';
import { UserText } from '../../components/UserText';
import { describeMoveOutcome } from '../../errors';
import { nameOf } from './model';

export interface AppliedChange {
  row: StaffOutRow;
  outcome: MoveOutcome;
}

/** Moved to another time than the client booked: they must be told. */
const timeChanged = ({ row, outcome }: AppliedChange) =>
  outcome.result === 'moved' &&
  outcome.appointment !== null &&
  Date.parse(outcome.appointment.start) !== Date.parse(row.start);

const done = (outcome: MoveOutcome) => outcome.result === 'moved' || outcome.result === 'cancelled';

/** What the last apply did, one line per appointment; what failed is still in the table below. */
export function StaffOutResults(props: {
  applied: readonly AppliedChange[];
  zone: string;
  members: ReadonlyArray<{ id: number; name: string }>;
}) {
  const { applied, zone, members } = props;
  if (applied.length === 0) return null;
  const failed = applied.filter(({ outcome }) => !done(outcome)).length;
  // Done, but another desk changed some of them right after: worth a look, so not a plain success.
  const changedElsewhere = applied.some(({ outcome }) => outcome.changedElsewhere?.length);
  const line = ({ row, outcome }: AppliedChange) => {
    const start = DateTime.fromISO(row.start).setZone(zone).toFormat('ccc d LLL HH:mm');
    const moved = outcome.result === 'moved' && outcome.appointment;
    return {
      primary: (
        <>
          {start} · {row.clientName === null ? 'No client' : <UserText>{row.clientName}</UserText>}
        </>
      ),
      secondary: (
        <>
          {describeMoveOutcome(outcome)}
          {moved && (
            <>
              {' '}
              Now with <UserText>{nameOf(members, moved.teamMemberId)}</UserText> at{' '}
              {DateTime.fromISO(moved.start).setZone(zone).toFormat('HH:mm')}.
            </>
          )}
        </>
      ),
    };
  };
  return (
    <Alert
      severity={failed || changedElsewhere ? 'warning' : 'success'}
      icon={false}
      role="status"
      data-testid="staff-out-results"
    >
      {failed
        ? `${applied.length - failed} of ${applied.length} changes done. What failed says why, and stays in the table for another try.`
        : `All ${applied.length} ${applied.length === 1 ? 'change' : 'changes'} done.`}
      <List dense aria-label="What was done">
        {applied.map((change) => (
          <ListItem key={change.row.id} disableGutters sx={{ flexWrap: 'wrap' }}>
            <ListItemText {...line(change)} />
            {timeChanged(change) && (
              <Stack direction="row" sx={{ alignItems: 'center', width: '100%' }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  Time changed — tell the client{change.row.clientPhone ? `: ${change.row.clientPhone}` : '.'}
                </Typography>
                {change.row.clientPhone && (
                  <CopyButton
                    text={change.row.clientPhone}
                    label={`Copy the phone of ${change.row.clientName ?? 'the client'}`}
                  />
                )}
              </Stack>
            )}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
