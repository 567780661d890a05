import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { UserText } from '../../components/UserText';
import type { OnlineMemberEntry } from '../../../../shared/contract/onlineBooking';
import { memberNotOfferedWords } from './model';

export type BrowseMode = 'service' | 'member';

interface OnlineServicesPickerProps {
  mode: BrowseMode;
  onMode: (mode: BrowseMode) => void;
  /** Every team member, as online booking lists them before a service is chosen. */
  team: readonly OnlineMemberEntry[];
  member: number | null;
  onMember: (teamMemberId: number) => void;
}

/** Browse every service, or one team member's services with their session lengths. */
export function OnlineServicesPicker({ mode, onMode, team, member, onMember }: OnlineServicesPickerProps) {
  return (
    <Stack spacing={1} sx={{ mb: 1 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={mode}
        aria-label="Browse"
        onChange={(_event, value: BrowseMode | null) => value && onMode(value)}
      >
        <ToggleButton value="service">By service</ToggleButton>
        <ToggleButton value="member">By team member</ToggleButton>
      </ToggleButtonGroup>
      {mode === 'member' && (
        <TextField
          select
          size="small"
          label="Team member"
          value={member ?? ''}
          onChange={(event) => onMember(Number(event.target.value))}
        >
          {team.map((entry) => (
            <MenuItem
              key={entry.id}
              value={entry.id}
              disabled={entry.notOffered === 'hidden'}
              data-member-id={entry.id}
            >
              <UserText>{entry.name}</UserText>
              {entry.notOffered === 'hidden' && ` — ${memberNotOfferedWords.hidden}`}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Stack>
  );
}
