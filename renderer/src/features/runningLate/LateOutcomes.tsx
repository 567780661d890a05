import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { LatePushRow } from '../../../../shared/contract/runningLate';
import type { MoveOutcome } from '../../../../shared/domain/deskMove';
import { clockTime, describeLateOutcome } from './model';

/** After the push: one line per appointment, what happened to it and why when it did not move. */
export function LateOutcomes(props: {
  zone: string;
  rows: readonly LatePushRow[];
  outcomes: readonly MoveOutcome[];
}) {
  const { zone, rows, outcomes } = props;
  const moved = outcomes.filter((outcome) => outcome.result === 'moved').length;
  return (
    <>
      <Typography data-testid="running-late-summary">
        {moved === outcomes.length
          ? `All ${moved} appointment${moved === 1 ? '' : 's'} pushed.`
          : `${moved} of ${outcomes.length} appointment${outcomes.length === 1 ? '' : 's'} pushed; the others are where they were.`}
      </Typography>
      <List dense aria-label="What happened to each appointment">
        {outcomes.map((outcome) => {
          const row = rows.find((candidate) => candidate.id === outcome.id);
          const shown = outcome.appointment ?? row;
          const when = shown ? `${clockTime(shown.start, zone)}–${clockTime(shown.end, zone)}` : '';
          return (
            <ListItem key={outcome.id} disableGutters data-testid={`running-late-outcome-${outcome.id}`}>
              <ListItemText
                primary={`${when} · ${row?.clientName ?? outcome.appointment?.client?.name ?? 'No client'}`}
                secondary={describeLateOutcome(outcome)}
                slotProps={{
                  secondary: { color: outcome.result === 'moved' ? 'success.main' : 'warning.main' },
                }}
              />
            </ListItem>
          );
        })}
      </List>
    </>
  );
}
