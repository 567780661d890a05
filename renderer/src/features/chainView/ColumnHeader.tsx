import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Location } from '../../../../shared/domain/location';
import { UserText } from '../../components/UserText';
import { longDay } from '../../format';
import { i18n, params, useMessages } from '../../i18n';
import { localClock } from './model';
import { useNow } from './useNow';

const messages = i18n('chainView/ColumnHeader', {
  clock: params('{zone} · {time} now'),
  clockOtherDay: params('{zone} · {time} now, {day}'),
});

/** A column's label: the location's name, its zone, and its time now (and date, when not the shown one). */
export function ColumnHeader({ location, date }: { location: Location; date: string }) {
  const t = useMessages(messages);
  const now = useNow();
  const clock = localClock(location.timezone, now, date);
  const zone = location.timezone;
  return (
    <Stack sx={{ px: 1, py: 0.5 }} data-testid="chain-column-header">
      <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }} noWrap>
        <UserText>{location.title}</UserText>
      </Typography>
      <Typography variant="body2" color="text.secondary" data-testid="chain-column-clock">
        {clock.otherDate
          ? t.clockOtherDay({ zone, time: clock.time, day: longDay(clock.otherDate) })
          : t.clock({ zone, time: clock.time })}
      </Typography>
    </Stack>
  );
}
