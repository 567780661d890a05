import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import {
  CalendarViewKind,
  REFRESH_SECONDS,
  SLOT_MINUTES,
  type SlotMinutes,
  WeekStart,
} from '../../../../shared/domain/preferences';
import { calendarViewNames, dayHoursProblem, hourLabel, refreshLabel, WEEK_STARTS } from './model';
import { usePreferences } from './usePreferences';

const HOURS = Array.from({ length: 25 }, (_, hour) => hour);

/** How this desk's calendar looks and refreshes; kept on this computer, applied at once. */
export function CalendarPreferences() {
  const { preferences, update } = usePreferences();
  const { dayHours } = preferences;
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 520 }}>
      <TextField
        select
        label="First day of the week"
        value={preferences.weekStart}
        onChange={(event) => {
          const day = WeekStart.safeParse(Number(event.target.value));
          if (day.success) update({ weekStart: day.data });
        }}
      >
        {WEEK_STARTS.map((day) => (
          <MenuItem key={day.value} value={day.value}>
            {day.label}
          </MenuItem>
        ))}
      </TextField>
      <Stack spacing={0.5}>
        <Typography id="slot-length-label" variant="body2" color="text.secondary">
          Slot length
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={preferences.slotMinutes}
          onChange={(_event, next: SlotMinutes | null) => next && update({ slotMinutes: next })}
          aria-labelledby="slot-length-label"
        >
          {SLOT_MINUTES.map((minutes) => (
            <ToggleButton key={minutes} value={minutes}>
              {minutes} min
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label="Day starts at"
          value={dayHours.from}
          sx={{ flex: 1 }}
          onChange={(event) => update({ dayHours: { ...dayHours, from: Number(event.target.value) } })}
        >
          {HOURS.slice(0, 24).map((hour) => (
            <MenuItem key={hour} value={hour} disabled={dayHoursProblem(hour, dayHours.to) !== null}>
              {hourLabel(hour)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Day ends at"
          value={dayHours.to}
          sx={{ flex: 1 }}
          helperText="Appointments outside these hours are still in the list view."
          onChange={(event) => update({ dayHours: { ...dayHours, to: Number(event.target.value) } })}
        >
          {HOURS.slice(1).map((hour) => (
            <MenuItem key={hour} value={hour} disabled={dayHoursProblem(dayHours.from, hour) !== null}>
              {hourLabel(hour)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TextField
        select
        label="The calendar opens in"
        value={preferences.defaultView}
        onChange={(event) => {
          const view = CalendarViewKind.safeParse(event.target.value);
          if (view.success) update({ defaultView: view.data });
        }}
      >
        {CalendarViewKind.options.map((view) => (
          <MenuItem key={view} value={view}>
            {calendarViewNames[view]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Look for changes made elsewhere"
        value={preferences.refreshSeconds}
        helperText={`At most every ${REFRESH_SECONDS.min} seconds: Altegio allows 200 requests a minute for everyone at this address.`}
        onChange={(event) => update({ refreshSeconds: Number(event.target.value) })}
      >
        {REFRESH_SECONDS.choices.map((seconds) => (
          <MenuItem key={seconds} value={seconds}>
            {refreshLabel(seconds)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
