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
import { i18n, params, plural, useMessages } from '../../i18n';

const messages = i18n('runningLate/LateOutcomes', {
  allPushed: plural({ one: 'All {count} appointment pushed.', other: 'All {count} appointments pushed.' }),
  somePushed: params(
    plural({
      one: '{moved} of {count} appointment pushed; the others are where they were.',
      other: '{moved} of {count} appointments pushed; the others are where they were.',
    }),
  ),
  somePushedUnsure: params(
    plural({
      one: '{moved} of {count} appointment pushed; for {unsure} it is not known whether {it} moved; the others are where they were.',
      other:
        '{moved} of {count} appointments pushed; for {unsure} it is not known whether {it} moved; the others are where they were.',
    }),
  ),
  it: 'it',
  they: 'they',
  list: 'What happened to each appointment',
  noClient: 'No client',
  copyPhone: params('Copy the phone number of {name}'),
});

/** What the push did, in one sentence (announced to screen readers). */
function summary(outcomes: readonly MoveOutcome[]): string {
  const t = messages.get();
  const moved = outcomes.filter((outcome) => outcome.result === 'moved').length;
  const unsure = outcomes.filter((outcome) => outcome.result === 'unsure').length;
  if (moved === outcomes.length) return t.allPushed(moved);
  if (unsure === 0) return t.somePushed({ moved })(outcomes.length);
  return t.somePushedUnsure({ moved, unsure, it: unsure === 1 ? t.it : t.they })(outcomes.length);
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
  const t = useMessages(messages);
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
      <List dense aria-label={t.list}>
        {outcomes.map((outcome) => {
          const row = rows.find((candidate) => candidate.id === outcome.id);
          const shown = outcome.appointment ?? row;
          const when = shown ? `${clockTime(shown.start, zone)}–${clockTime(shown.end, zone)}` : '';
          const name = row?.clientName ?? outcome.appointment?.client?.name ?? t.noClient;
          const phone = outcome.result === 'moved' ? phoneOf(outcome) : null;
          return (
            <ListItem
              key={outcome.id}
              disableGutters
              data-testid={`running-late-outcome-${outcome.id}`}
              secondaryAction={phone && <CopyButton text={phone} label={t.copyPhone({ name })} />}
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
