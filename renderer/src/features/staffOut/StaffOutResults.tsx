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
import { textWith } from '../../components/textWith';
import { i18n, params, plural, useMessages } from '../../i18n';

const messages = i18n('staffOut/StaffOutResults', {
  noClient: 'No client',
  nowWith: 'Now with {name} at {time}.',
  someDone: params(
    plural({
      one: '{done} of {count} changes done. What failed says why, and stays in the table for another try.',
      other: '{done} of {count} changes done. What failed says why, and stays in the table for another try.',
    }),
  ),
  allDone: plural({ one: 'All {count} change done.', other: 'All {count} changes done.' }),
  list: 'What was done',
  timeChanged: 'Time changed — tell the client',
  withPhone: params(': {phone}'),
  noPhone: '.',
  copyPhone: params('Copy the phone of {name}'),
  theClient: 'the client',
});

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
  const t = useMessages(messages);
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
          {start} · {row.clientName === null ? t.noClient : <UserText>{row.clientName}</UserText>}
        </>
      ),
      secondary: (
        <>
          {describeMoveOutcome(outcome)}
          {moved && (
            <>
              {' '}
              {textWith(t.nowWith, {
                name: <UserText>{nameOf(members, moved.teamMemberId)}</UserText>,
                time: DateTime.fromISO(moved.start).setZone(zone).toFormat('HH:mm'),
              })}
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
      {failed ? t.someDone({ done: applied.length - failed })(applied.length) : t.allDone(applied.length)}
      <List dense aria-label={t.list}>
        {applied.map((change) => (
          <ListItem key={change.row.id} disableGutters sx={{ flexWrap: 'wrap' }}>
            <ListItemText {...line(change)} />
            {timeChanged(change) && (
              <Stack direction="row" sx={{ alignItems: 'center', width: '100%' }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {t.timeChanged}
                  {change.row.clientPhone ? t.withPhone({ phone: change.row.clientPhone }) : t.noPhone}
                </Typography>
                {change.row.clientPhone && (
                  <CopyButton
                    text={change.row.clientPhone}
                    label={t.copyPhone({ name: change.row.clientName ?? t.theClient })}
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
