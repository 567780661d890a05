import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Weekday } from '../../../../shared/domain/schedule';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { WEEKDAY_NAMES, WEEKDAYS } from './model';
import type { SeriesDraft, SeriesProblems } from './seriesForm';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('schedules/SeriesFields', {
  of: params('{field} ({name})'),
  series: 'Series',
  weekday: 'Weekday',
  time: 'Time',
  minutes: 'Minutes',
  teamMember: 'Team member',
  places: 'Places',
});

interface SeriesFieldsProps {
  value: SeriesDraft;
  onChange: (next: SeriesDraft) => void;
  team: readonly TeamMember[];
  problems: SeriesProblems;
  /** Weekdays other series already have (not offered); null: the weekday cannot change. */
  takenWeekdays: readonly Weekday[] | null;
  /** Names the inputs of one row among several, e.g. "Series 2". */
  name?: string;
  disabled?: boolean;
}

/** Weekday, time, length, who leads it and how many places: one weekly series. */
export function SeriesFields({
  value,
  onChange,
  team,
  problems,
  takenWeekdays,
  name,
  disabled,
}: SeriesFieldsProps) {
  const set = <K extends keyof SeriesDraft>(key: K, next: SeriesDraft[K]) =>
    onChange({ ...value, [key]: next });
  const t = useMessages(messages);
  const label = (text: string) => (name ? t.of({ field: text, name }) : text);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} role="group" aria-label={name ?? t.series}>
      <TextField
        select
        label={label(t.weekday)}
        value={value.weekday}
        disabled={disabled || takenWeekdays === null}
        onChange={(event) => set('weekday', event.target.value as Weekday)}
        sx={{ minWidth: 140 }}
        error={Boolean(problems.weekday)}
        helperText={problems.weekday}
      >
        {WEEKDAYS.filter((day) => day === value.weekday || !takenWeekdays?.includes(day)).map((day) => (
          <MenuItem key={day} value={day}>
            {WEEKDAY_NAMES[day]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="time"
        label={label(t.time)}
        value={value.time}
        disabled={disabled}
        onChange={(event) => set('time', event.target.value)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
        error={Boolean(problems.time)}
        helperText={problems.time}
        sx={{ minWidth: 120 }}
      />
      <TextField
        label={label(t.minutes)}
        value={value.minutes}
        disabled={disabled}
        onChange={(event) => set('minutes', event.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        error={Boolean(problems.minutes)}
        helperText={problems.minutes}
        sx={{ width: 110 }}
      />
      <TextField
        select
        label={label(t.teamMember)}
        value={value.teamMemberId}
        disabled={disabled}
        onChange={(event) => set('teamMemberId', Number(event.target.value))}
        error={Boolean(problems.teamMemberId)}
        helperText={problems.teamMemberId}
        sx={{ minWidth: 180, flexGrow: 1 }}
      >
        {team.map((member) => (
          <MenuItem key={member.id} value={member.id}>
            {member.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={label(t.places)}
        value={value.capacity}
        disabled={disabled}
        onChange={(event) => set('capacity', event.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        error={Boolean(problems.capacity)}
        helperText={problems.capacity}
        sx={{ width: 100 }}
      />
    </Stack>
  );
}
