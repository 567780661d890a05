import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { UserText } from '../../components/UserText';
import type { OnlineMemberEntry } from '../../../../shared/contract/onlineBooking';
import { i18n, useMessages } from '../../i18n';
import { memberNotOfferedWords } from './model';

const messages = i18n('onlineBooking/OnlineServicesPicker', {
  browse: 'Browse',
  byService: 'By service',
  byMember: 'By team member',
  member: 'Team member',
});

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
  const t = useMessages(messages);
  return (
    <Stack spacing={1} sx={{ mb: 1 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={mode}
        aria-label={t.browse}
        onChange={(_event, value: BrowseMode | null) => value && onMode(value)}
      >
        <ToggleButton value="service">{t.byService}</ToggleButton>
        <ToggleButton value="member">{t.byMember}</ToggleButton>
      </ToggleButtonGroup>
      {mode === 'member' && (
        <TextField
          select
          size="small"
          label={t.member}
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
