import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import PrintIcon from '@mui/icons-material/Print';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import { DateTime } from 'luxon';
import type { ReactNode, RefObject } from 'react';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { Label } from '../../../../shared/domain/label';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { DeskToolsMenu, type DeskTool } from './DeskToolsMenu';
import { GoToDate } from './GoToDate';
import { LabelFilterSelect } from './LabelFilterSelect';
import { viewLabels, type CalendarViewKind } from './views';

interface CalendarToolbarProps {
  zone: string;
  date: string;
  title: string;
  view: CalendarViewKind;
  teamMembers: readonly TeamMember[];
  visibleIds: readonly number[];
  focusedMemberId: number | null;
  /** The appointment labels to filter by, and the ones chosen (none = every appointment). */
  labels: readonly Label[];
  labelFilterIds: readonly number[];
  onLabelFilter: (ids: number[]) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  searchAppointments: () => Appointment[];
  onToday: () => void;
  onPrev: () => void;
  onNext: () => void;
  onDate: (date: string) => void;
  onView: (view: CalendarViewKind) => void;
  onVisible: (ids: number[]) => void;
  onFocusMember: (id: number) => void;
  onFound: (appointment: Appointment) => void;
  onPrint: () => void;
  onWalkIn: () => void;
  /** Tools that change many appointments at once, in the "Desk tools" menu. */
  deskTools: readonly DeskTool[];
  /** The online-booking inbox's button, beside the calendar's own tools. */
  inbox: ReactNode;
}

function describe(appointment: Appointment, zone: string): string {
  const when = DateTime.fromISO(appointment.start).setZone(zone).toFormat('ccc d LLL, HH:mm');
  return `${appointment.client?.name ?? 'No client'} · ${appointment.client?.phone ?? ''} · ${when}`;
}

function matches(appointment: Appointment, query: string): boolean {
  const text = query.trim().toLowerCase();
  if (!text) return false;
  const digits = text.replace(/\D/g, '');
  const name = appointment.client?.name.toLowerCase() ?? '';
  const phone = appointment.client?.phone.replace(/\D/g, '') ?? '';
  return name.includes(text) || (digits.length >= 3 && phone.includes(digits));
}

export function CalendarToolbar(props: CalendarToolbarProps) {
  const { zone, view, teamMembers, visibleIds } = props;
  return (
    <Stack
      direction="row"
      sx={{ alignItems: 'center', gap: 1, px: 2, py: 1, flexWrap: 'wrap' }}
      role="toolbar"
      aria-label="Calendar"
    >
      <Button variant="outlined" size="small" onClick={props.onToday}>
        Today
      </Button>
      <IconButton aria-label="Previous" onClick={props.onPrev} size="small">
        <ChevronLeftIcon />
      </IconButton>
      <IconButton aria-label="Next" onClick={props.onNext} size="small">
        <ChevronRightIcon />
      </IconButton>
      <Typography
        component="h1"
        variant="subtitle1"
        sx={{ fontWeight: 600, minWidth: 150 }}
        data-testid="calendar-title"
      >
        {props.title}
      </Typography>
      <GoToDate date={props.date} zone={zone} onDate={props.onDate} />
      <ToggleButtonGroup
        exclusive
        size="small"
        value={view}
        onChange={(_event, next: CalendarViewKind | null) => next && props.onView(next)}
        aria-label="View"
      >
        {(Object.keys(viewLabels) as CalendarViewKind[]).map((kind) => (
          <ToggleButton key={kind} value={kind}>
            {viewLabels[kind]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {view === 'memberWeek' ? (
        <Select
          size="small"
          value={props.focusedMemberId ?? ''}
          onChange={(event) => props.onFocusMember(Number(event.target.value))}
          inputProps={{ 'aria-label': 'Team member' }}
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
          renderValue={(ids) =>
            ids.length === teamMembers.length
              ? 'All team members'
              : `${ids.length} of ${teamMembers.length} team members`
          }
          inputProps={{ 'aria-label': 'Team members shown' }}
          sx={{ minWidth: 200 }}
        >
          {teamMembers.map((member) => (
            <MenuItem key={member.id} value={member.id}>
              <Checkbox size="small" checked={visibleIds.includes(member.id)} />
              <ListItemText primary={member.name} secondary={member.position?.title} />
            </MenuItem>
          ))}
        </Select>
      )}
      <LabelFilterSelect labels={props.labels} chosen={props.labelFilterIds} onChange={props.onLabelFilter} />
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
        getOptionLabel={(appointment) => describe(appointment, zone)}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        noOptionsText="No appointment in the loaded days"
        onChange={(_event, appointment) => appointment && props.onFound(appointment)}
        blurOnSelect
        clearOnBlur
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={props.searchRef}
            placeholder="Find a client (name or phone)"
            aria-label="Find a client"
          />
        )}
      />
      <Tooltip describeChild title="A client walked in: who can take them now? (I)">
        <Button variant="outlined" size="small" startIcon={<DirectionsWalkIcon />} onClick={props.onWalkIn}>
          Walk-in
        </Button>
      </Tooltip>
      <DeskToolsMenu tools={props.deskTools} />
      {props.inbox}
      <Tooltip title="Print the day, one sheet per team member">
        <IconButton aria-label="Print the day" onClick={props.onPrint}>
          <PrintIcon />
        </IconButton>
      </Tooltip>
    </Stack>
  );
}
