import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DateCalendar } from '@mui/x-date-pickers/DateCalendar';
import { DateTime } from 'luxon';
import type { UseQueryResult } from '@tanstack/react-query';
import type { BookableTime } from '../../../../shared/domain/booking';
import type { OnlineDates } from '../../../../shared/contract/onlineBooking';
import { LoadProblem } from '../../components/LoadProblem';
import { i18n, useMessages } from '../../i18n';
import { isoDate } from '../../time';
import { dayKind, type DayKind } from './model';
import { longDay } from '../../format';

interface OnlineDatesPanelProps {
  zone: string;
  today: string;
  month: string;
  /** The picked day, if in this month. */
  day: string | null;
  dates: UseQueryResult<OnlineDates>;
  times: UseQueryResult<BookableTime[]>;
  onMonth: (month: string) => void;
  onDay: (day: string) => void;
}

const NO_DATES: OnlineDates = { month: '', workingDates: [], bookingDates: [] };

const DAY_LOOK: Record<DayKind, object> = {
  bookable: { fontWeight: 700, bgcolor: 'action.selected' },
  // Someone works, but every session is taken: struck through, to tell it from a day off.
  full: { textDecoration: 'line-through' },
  closed: {},
};

const messages = i18n('onlineBooking/OnlineDatesPanel', {
  bookable: 'has free times',
  full: 'working, fully booked',
  closed: 'nobody works',
  dates: 'Bookable dates',
  datesFailed: 'The dates could not be loaded.',
  noDates: 'No date in this month can be booked online.',
  legend: 'Bold: free times · struck through: working, fully booked · plain: nobody works',
  times: 'Times of the day',
  pickDay: 'Pick a day to see its times.',
  loadingTimes: 'Loading the times',
  timesFailed: 'The times could not be loaded.',
  noTimes: 'No free time left on this day.',
  timeList: 'Times',
});

/** The month as a client sees it online (book_dates), and the times of the picked day (book_times). */
export function OnlineDatesPanel(props: OnlineDatesPanelProps) {
  const { zone, today, month, day: shownDay, dates, times, onMonth, onDay } = props;
  const t = useMessages(messages);
  const known = dates.data ?? NO_DATES;
  const kindOf = (value: DateTime) => dayKind(isoDate(value), known);

  return (
    <Stack spacing={1}>
      <DateCalendar
        aria-label={t.dates}
        timezone={zone}
        value={shownDay ? DateTime.fromISO(shownDay, { zone }) : null}
        referenceDate={DateTime.fromISO(`${month}-01`, { zone })}
        minDate={DateTime.fromISO(today, { zone }).startOf('month')}
        onMonthChange={(value) => onMonth(value.toFormat('yyyy-MM'))}
        onChange={(value) => value?.isValid && onDay(isoDate(value))}
        shouldDisableDate={(value) => !dates.data || kindOf(value) !== 'bookable'}
        loading={dates.isFetching}
        slotProps={{
          day: (owner) => {
            const kind = kindOf(owner.day as DateTime);
            return {
              'data-date': isoDate(owner.day as DateTime),
              'data-kind': dates.data ? kind : 'loading',
              title: dates.data ? t[kind] : undefined,
              sx: DAY_LOOK[kind],
            } as object;
          },
        }}
        sx={{ m: 0 }}
      />
      {dates.error && (
        <LoadProblem error={dates.error} fallback={t.datesFailed} onRetry={() => void dates.refetch()} />
      )}
      {dates.data && dates.data.bookingDates.length === 0 && (
        <Typography variant="body2" data-testid="no-dates">
          {t.noDates}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {t.legend}
      </Typography>
      <Box role="region" aria-label={t.times}>
        {!shownDay && <Typography variant="body2">{t.pickDay}</Typography>}
        {shownDay && (
          <Typography variant="subtitle2" component="h3" data-testid="times-day">
            {longDay(DateTime.fromISO(shownDay, { zone }))}
          </Typography>
        )}
        {times.isFetching && <LinearProgress aria-label={t.loadingTimes} />}
        {times.error && (
          <LoadProblem error={times.error} fallback={t.timesFailed} onRetry={() => void times.refetch()} />
        )}
        {shownDay && times.data?.length === 0 && <Typography variant="body2">{t.noTimes}</Typography>}
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 0.5 }} aria-label={t.timeList}>
          {shownDay &&
            times.data?.map((time) => <Chip key={time.datetime} label={time.time} data-time={time.time} />)}
        </Stack>
      </Box>
    </Stack>
  );
}
