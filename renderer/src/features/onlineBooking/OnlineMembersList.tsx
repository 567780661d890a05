import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import type { OnlineMemberEntry } from '../../../../shared/contract/onlineBooking';
import { memberNotOfferedWords, shortDate } from './model';
import { UserText } from '../../components/UserText';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('onlineBooking/OnlineMembersList', {
  members: 'Team members',
  any: 'Any team member',
  anyHint: 'The client leaves the choice to the salon',
  nobody: 'Nobody can be booked online for this service.',
  nextFree: params('Next free: {date}'),
});

interface OnlineMembersListProps {
  members: readonly OnlineMemberEntry[];
  /** 0 = any team member. */
  selectedId: number;
  onSelect: (teamMemberId: number) => void;
}

/**
 * "Any team member" (or, when online booking offers nobody, words saying so), then those it offers with
 * their next free date, then the others greyed.
 */
export function OnlineMembersList({ members, selectedId, onSelect }: OnlineMembersListProps) {
  const t = useMessages(messages);
  const anyone = members.some((member) => member.notOffered === null);
  return (
    <List dense aria-label={t.members} sx={{ overflow: 'auto', maxHeight: '70vh' }}>
      {anyone ? (
        <ListItem disablePadding>
          <ListItemButton data-member-id={0} selected={selectedId === 0} onClick={() => onSelect(0)}>
            <ListItemText primary={t.any} secondary={t.anyHint} />
          </ListItemButton>
        </ListItem>
      ) : (
        <ListItem data-testid="no-online-members">
          <ListItemText primary={t.nobody} />
        </ListItem>
      )}
      {members.map((member) => (
        <ListItem key={member.id} disablePadding>
          <ListItemButton
            data-member-id={member.id}
            data-offered={member.notOffered === null}
            selected={member.id === selectedId}
            disabled={member.notOffered !== null}
            onClick={() => onSelect(member.id)}
            sx={{ '&.Mui-disabled': { opacity: 0.75 } }}
          >
            <ListItemText
              primary={
                <>
                  <UserText>{member.name}</UserText>
                  {member.specialization && (
                    <>
                      {' · '}
                      <UserText>{member.specialization}</UserText>
                    </>
                  )}
                </>
              }
              secondary={
                member.notOffered
                  ? memberNotOfferedWords[member.notOffered]
                  : member.nextDate && t.nextFree({ date: shortDate(member.nextDate) })
              }
            />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
