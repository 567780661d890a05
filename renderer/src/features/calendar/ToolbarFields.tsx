import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import TextField from '@mui/material/TextField';
import { DateTime } from 'luxon';
import { useEffect, useRef, type RefObject } from 'react';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { i18n, params, useMessages } from '../../i18n';
import { membersShownText, toolbarText } from './toolbarText';

const messages = i18n('calendar/ToolbarFields', {
  member: 'Team member',
  membersShown: 'Team members shown',
  noClient: 'No client',
  found: params('{client} · {phone} · {when}'),
  none: 'No appointment in the loaded days',
  find: 'Find a client',
});
type Messages = ReturnType<typeof messages.get>;

// The toolbar's menus and search, loaded after the calendar's first paint (see CalendarToolbar.tsx).

interface MemberFieldProps {
  teamMembers: readonly TeamMember[];
  visibleIds: readonly number[];
  focusedMemberId: number | null;
  /** The member's week shows one member; the other views show the chosen ones. */
  single: boolean;
  onVisible: (ids: number[]) => void;
  onFocusMember: (id: number) => void;
}

export function MemberField({ teamMembers, visibleIds, single, ...props }: MemberFieldProps) {
  const t = useMessages(messages);
  useMessages(toolbarText);
  return single ? (
    <Select
      size="small"
      value={props.focusedMemberId ?? ''}
      onChange={(event) => props.onFocusMember(Number(event.target.value))}
      inputProps={{ 'aria-label': t.member }}
      sx={{ minWidth: 180 }}
    >
      {teamMembers.map((member) => (
        <MenuItem key={member.id} value={member.id}>
          {member.name}
        </MenuItem>
      ))}
    </Select>
  ) : (
    <Select
      size="small"
      multiple
      value={[...visibleIds]}
      onChange={(event) => {
        const value = event.target.value;
        props.onVisible((typeof value === 'string' ? value.split(',') : value).map(Number));
      }}
      renderValue={(ids) => membersShownText(ids.length, teamMembers.length)}
      inputProps={{ 'aria-label': t.membersShown }}
      sx={{ minWidth: 200 }}
    >
      {teamMembers.map((member) => (
        <MenuItem key={member.id} value={member.id}>
          <Checkbox size="small" checked={visibleIds.includes(member.id)} />
          <ListItemText primary={member.name} secondary={member.position?.title} />
        </MenuItem>
      ))}
    </Select>
  );
}

function describe(t: Messages, appointment: Appointment, zone: string): string {
  const when = DateTime.fromISO(appointment.start).setZone(zone).toFormat('ccc d LLL, HH:mm');
  return t.found({
    client: appointment.client?.name ?? t.noClient,
    phone: appointment.client?.phone ?? '',
    when,
  });
}

function matches(appointment: Appointment, query: string): boolean {
  const text = query.trim().toLowerCase();
  if (!text) return false;
  const digits = text.replace(/\D/g, '');
  const name = appointment.client?.name.toLowerCase() ?? '';
  const phone = appointment.client?.phone.replace(/\D/g, '') ?? '';
  return name.includes(text) || (digits.length >= 3 && phone.includes(digits));
}

interface ClientSearchFieldProps {
  zone: string;
  searchRef: RefObject<HTMLInputElement | null>;
  searchAppointments: () => Appointment[];
  onFound: (appointment: Appointment) => void;
  /** Focus the field once it is shown: it was asked for ("/" or a click) while it was loading. */
  focusOnShow: boolean;
}

export function ClientSearchField({ zone, searchRef, focusOnShow, ...props }: ClientSearchFieldProps) {
  const input = useRef<HTMLInputElement | null>(null);
  const t = useMessages(messages);
  const words = useMessages(toolbarText);
  useEffect(() => {
    if (focusOnShow) input.current?.focus();
  }, [focusOnShow]);
  return (
    <Autocomplete
      size="small"
      sx={{ width: 250, ml: 'auto' }}
      options={[] as Appointment[]}
      filterOptions={(_options, state) =>
        props
          .searchAppointments()
          .filter((item) => matches(item, state.inputValue))
          .slice(0, 20)
      }
      getOptionLabel={(appointment) => describe(t, appointment, zone)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t.none}
      onChange={(_event, appointment) => appointment && props.onFound(appointment)}
      blurOnSelect
      clearOnBlur
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={(element: HTMLInputElement | null) => {
            input.current = element;
            searchRef.current = element;
          }}
          placeholder={words.search}
          aria-label={t.find}
        />
      )}
    />
  );
}
