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
import { i18n, params, useLocale, useMessages } from '../../i18n';
import {
  calendarViewName,
  dayHoursProblem,
  hourLabel,
  messages as modelMessages,
  refreshLabel,
  weekStarts,
} from './model';
import { usePreferences } from './usePreferences';

const messages = i18n('preferences/CalendarPreferences', {
  firstDay: 'First day of the week',
  slotLength: 'Slot length',
  slotMinutes: params('{minutes} min'),
  dayStarts: 'Day starts at',
  dayEnds: 'Day ends at',
  outsideHours: 'Appointments outside these hours are still in the list view.',
  opensIn: 'The calendar opens in',
  lookForChanges: 'Look for changes made elsewhere',
  refreshFloor: params(
    'At most every {seconds} seconds: Altegio allows 200 requests a minute for everyone at this address.',
  ),
});

const HOURS = Array.from({ length: 25 }, (_, hour) => hour);

/** How this desk's calendar looks and refreshes; kept on this computer, applied at once. */
export function CalendarPreferences() {
  const { preferences, update } = usePreferences();
  const t = useMessages(messages);
  const model = useMessages(modelMessages);
  const locale = useLocale();
  const { dayHours } = preferences;
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 520 }}>
      <TextField
        select
        label={t.firstDay}
        value={preferences.weekStart}
        onChange={(event) => {
          const day = WeekStart.safeParse(Number(event.target.value));
          if (day.success) update({ weekStart: day.data });
        }}
      >
        {weekStarts(locale).map((day) => (
          <MenuItem key={day.value} value={day.value}>
            {day.label}
          </MenuItem>
        ))}
      </TextField>
      <Stack spacing={0.5}>
        <Typography id="slot-length-label" variant="body2" color="text.secondary">
          {t.slotLength}
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
              {t.slotMinutes({ minutes })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t.dayStarts}
          value={dayHours.from}
          sx={{ flex: 1 }}
          onChange={(event) => update({ dayHours: { ...dayHours, from: Number(event.target.value) } })}
        >
          {HOURS.slice(0, 24).map((hour) => (
            <MenuItem key={hour} value={hour} disabled={dayHoursProblem(model, hour, dayHours.to) !== null}>
              {hourLabel(hour)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t.dayEnds}
          value={dayHours.to}
          sx={{ flex: 1 }}
          helperText={t.outsideHours}
          onChange={(event) => update({ dayHours: { ...dayHours, to: Number(event.target.value) } })}
        >
          {HOURS.slice(1).map((hour) => (
            <MenuItem key={hour} value={hour} disabled={dayHoursProblem(model, dayHours.from, hour) !== null}>
              {hourLabel(hour)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TextField
        select
        label={t.opensIn}
        value={preferences.defaultView}
        onChange={(event) => {
          const view = CalendarViewKind.safeParse(event.target.value);
          if (view.success) update({ defaultView: view.data });
        }}
      >
        {CalendarViewKind.options.map((view) => (
          <MenuItem key={view} value={view}>
            {calendarViewName(model, view)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t.lookForChanges}
        value={preferences.refreshSeconds}
        helperText={t.refreshFloor({ seconds: REFRESH_SECONDS.min })}
        onChange={(event) => update({ refreshSeconds: Number(event.target.value) })}
      >
        {REFRESH_SECONDS.choices.map((seconds) => (
          <MenuItem key={seconds} value={seconds}>
            {refreshLabel(model, seconds)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
