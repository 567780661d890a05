import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { LatePushRow } from '../../../../shared/contract/runningLate';
import type { MoveOutcome } from '../../../../shared/domain/deskMove';
import { CopyButton } from '../../components/CopyButton';
import { CopyAllPhones } from './CopyAllPhones';
import { clockTime, describeLateOutcome } from './model';
import { UserText } from '../../components/UserText';

const plural = (count: number) => `${count} appointment${count === 1 ? '' : 's'}`;

/** What the push did, in one sentence (announced to screen readers). */
function summary(outcomes: readonly MoveOutcome[]): string {
  const moved = outcomes.filter((outcome) => outcome.result === 'moved').length;
  const unsure = outcomes.filter((outcome) => outcome.result === 'unsure').length;
  if (moved === outcomes.length) return `All ${plural(moved)} pushed.`;
  const unknown =
    unsure === 0 ? '' : `; for ${unsure} it is not known whether ${unsure === 1 ? 'it' : 'they'} moved`;
  return `${moved} of ${plural(outcomes.length)} pushed${unknown}; the others are where they were.`;
}

/**
 * After the push: one line per appointment, what happened to it and why when it did not move, and the
 * phone numbers of the clients whose appointments moved (the ones to call).
 */
export function LateOutcomes(props: {
  zone: string;
  rows: readonly LatePushRow[];
  outcomes: readonly MoveOutcome[];
}) {
  const { zone, rows, outcomes } = props;
  const phoneOf = (outcome: MoveOutcome) =>
    outcome.appointment?.client?.phone || rows.find((row) => row.id === outcome.id)?.clientPhone || null;
  const movedPhones = outcomes.flatMap((outcome) =>
    outcome.result === 'moved' ? (phoneOf(outcome) ?? []) : [],
  );
  return (
    <>
      <Typography role="status" data-testid="running-late-summary">
        {summary(outcomes)}
      </Typography>
      <CopyAllPhones text={[...new Set(movedPhones)].join('\n')} />
      <List dense aria-label="What happened to each appointment">
        {outcomes.map((outcome) => {
          const row = rows.find((candidate) => candidate.id === outcome.id);
          const shown = outcome.appointment ?? row;
          const when = shown ? `${clockTime(shown.start, zone)}–${clockTime(shown.end, zone)}` : '';
          const name = row?.clientName ?? outcome.appointment?.client?.name ?? 'No client';
          const phone = outcome.result === 'moved' ? phoneOf(outcome) : null;
          return (
            <ListItem
              key={outcome.id}
              disableGutters
              data-testid={`running-late-outcome-${outcome.id}`}
              secondaryAction={
                phone && <CopyButton text={phone} label={`Copy the phone number of ${name}`} />
              }
            >
              <ListItemText
                primary={
                  <>
                    {when} · <UserText>{name}</UserText>
                    {phone ? ` · ${phone}` : ''}
                  </>
                }
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
