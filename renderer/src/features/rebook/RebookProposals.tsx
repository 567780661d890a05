import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { RebookProposal } from '../../../../shared/contract/rebook';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { IsolatedText } from '../../components/IsolatedText';
import { withoutIsolates } from '../../components/isolate';
import { i18n, params, useMessages } from '../../i18n';
import { slotText } from './model';

const messages = i18n('rebook/RebookProposals', {
  found: 'Free times found',
  bookIt: 'Book it',
  bookSlot: params('Book {slot}'),
});

interface RebookProposalsProps {
  proposals: readonly RebookProposal[];
  zone: string;
  teamMembers: readonly TeamMember[];
  booking: boolean;
  refreshing: boolean;
  onBook: (proposal: RebookProposal) => void;
}

/** The slot(s) found, each in words with its "Book it": clicking it is the confirmation. */
export function RebookProposals(props: RebookProposalsProps) {
  const t = useMessages(messages);
  return (
    <Box sx={{ opacity: props.refreshing ? 0.6 : 1 }}>
      <List dense aria-label={t.found} disablePadding>
        {props.proposals.map((proposal) => {
          const slot = slotText(proposal, props.zone, props.teamMembers);
          return (
            <ListItem
              key={`${proposal.teamMemberId}@${proposal.datetime}`}
              divider
              sx={{ pr: 16 }}
              secondaryAction={
                <Button
                  variant="contained"
                  size="small"
                  disabled={props.booking || props.refreshing}
                  onClick={() => props.onBook(proposal)}
                  aria-label={t.bookSlot({ slot: withoutIsolates(slot) })}
                >
                  {t.bookIt}
                </Button>
              }
            >
              <ListItemText primary={<IsolatedText text={slot} />} />
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
