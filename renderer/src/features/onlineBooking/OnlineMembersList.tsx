import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import type { OnlineMemberEntry } from '../../../../shared/contract/onlineBooking';
import { memberNotOfferedWords, shortDate } from './model';
import { UserText } from '../../components/UserText';

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
  const anyone = members.some((member) => member.notOffered === null);
  return (
    <List dense aria-label="Team members" sx={{ overflow: 'auto', maxHeight: '70vh' }}>
      {anyone ? (
        <ListItem disablePadding>
          <ListItemButton data-member-id={0} selected={selectedId === 0} onClick={() => onSelect(0)}>
            <ListItemText primary="Any team member" secondary="The client leaves the choice to the salon" />
          </ListItemButton>
        </ListItem>
      ) : (
        <ListItem data-testid="no-online-members">
          <ListItemText primary="Nobody can be booked online for this service." />
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
                  : member.nextDate && `Next free: ${shortDate(member.nextDate)}`
              }
            />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
