import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { DateTime } from 'luxon';
import { isolate } from '../../components/isolate';
import type { FreeTime } from '../../../../shared/contract/availability';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { isoDate, todayIn } from '../../time';
import { useBookableDates, useFreeTimes } from './api';
import { problemText } from '../../api';
import { i18n, params, useMessages } from '../../i18n';
import { longDay } from '../../format';

const messages = i18n('availability/FreeSlotFinder', {
  freeTimes: 'Free times',
  previousDay: 'Previous day',
  nextDay: 'Next day',
  anyone: 'any team member',
  looking: 'Looking for free times',
  unavailable: params('Free times unavailable: {reason}'),
  tryAgain: 'please try again.',
  noFreeTime: 'No free time on this day.',
  nextFreeDay: params('Next free day: {date}'),
  bookable: 'Bookable times',
  daysWithFree: 'Days with free times:',
});

interface FreeSlotFinderProps {
  locationId: number;
  zone: string;
  /** 0 = anyone who performs the services. */
  teamMemberId: number;
  serviceIds: number[];
  /** The chosen start: the finder opens on its day. */
  start: string;
  teamMembers: readonly TeamMember[];
  onPick: (time: FreeTime) => void;
}

const DAYS_SHOWN = 7;

/** Bookable times from Altegio's online booking for one day, and the next days that have some. */
export function FreeSlotFinder(props: FreeSlotFinderProps) {
  const { locationId, zone, teamMemberId, serviceIds, start, teamMembers, onPick } = props;
  const today = todayIn(zone);
  const t = useMessages(messages);
  const [day, setDay] = useState(() => {
    const chosen = start ? DateTime.fromISO(start).setZone(zone).toISODate() : null;
    return chosen && chosen >= today ? chosen : today;
  });
  const times = useFreeTimes(locationId, teamMemberId, day, serviceIds);
  const dates = useBookableDates(locationId, teamMemberId, day, serviceIds);
  const nameOf = (id: number) => teamMembers.find((member) => member.id === id)?.name ?? `#${id}`;
  const shift = (days: number) => {
    const next = isoDate(DateTime.fromISO(day, { zone }).plus({ days }));
    if (next >= today) setDay(next);
  };
  const nextDate = times.data?.nextDate ?? null;
  const nextDays = (dates.data?.bookingDates ?? []).filter((date) => date > day).slice(0, DAYS_SHOWN);

  return (
    <Box
      role="region"
      aria-label={t.freeTimes}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <IconButton aria-label={t.previousDay} size="small" onClick={() => shift(-1)} disabled={day <= today}>
          <ChevronLeft />
        </IconButton>
        <Typography sx={{ flexGrow: 1, textAlign: 'center' }} data-testid="finder-day">
          {longDay(DateTime.fromISO(day, { zone }), true)}
          {` · ${teamMemberId ? nameOf(teamMemberId) : t.anyone}`}
        </Typography>
        <IconButton aria-label={t.nextDay} size="small" onClick={() => shift(1)}>
          <ChevronRight />
        </IconButton>
      </Stack>
      {times.isFetching && <LinearProgress aria-label={t.looking} />}
      {times.error && (
        <Alert severity="error">{t.unavailable({ reason: problemText(times.error, t.tryAgain) })}</Alert>
      )}
      {times.data && times.data.times.length === 0 && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t.noFreeTime}
          {nextDate && (
            <Button size="small" onClick={() => setDay(nextDate)}>
              {t.nextFreeDay({ date: DateTime.fromISO(nextDate).toFormat('ccc d LLL') })}
            </Button>
          )}
        </Typography>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }} aria-label={t.bookable}>
        {times.data?.times.map((time) => (
          <Chip
            key={time.start}
            label={time.time}
            clickable
            onClick={() => onPick(time)}
            title={time.teamMemberIds.map((id) => isolate(nameOf(id))).join(', ')}
          />
        ))}
      </Stack>
      {nextDays.length > 0 && (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 1, alignItems: 'center' }}>
          <Typography variant="caption" sx={{ mr: 0.5 }}>
            {t.daysWithFree}
          </Typography>
          {nextDays.map((date) => (
            <Chip
              key={date}
              size="small"
              variant="outlined"
              label={DateTime.fromISO(date).toFormat('ccc d LLL')}
              onClick={() => setDay(date)}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
}
