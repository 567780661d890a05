import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { WalkInChoices, WalkInOption } from '../../../../shared/contract/walkIn';
import { i18n, params, useMessages } from '../../i18n';
import { nextDateText, notProvidedText, timeText, waitText } from './model';
import { useReadOnly } from '../offline';

const messages = i18n('walkIn/WalkInResults', {
  nobodyDoesAll:
    'Nobody here does all of these in one appointment. Book them separately, one service at a time.',
  nobodyFreeHour:
    'Nobody is free for this in the next hour. When each one is free next is below; or pick a longer window.',
  nobodyFree: params(
    'Nobody is free for this in the next {hours} hours. When each one is free next is below; or pick a longer window.',
  ),
  freeNow: 'Free now',
  bookAt: params('Book {name} at {time}'),
  book: 'Book',
  option: params('{time} · {wait} · {minutes} min'),
  later: 'Later',
  freeLater: 'Free later',
  nextFree: params('next free {time}'),
});

interface WalkInResultsProps {
  choices: WalkInChoices;
  zone: string;
  hours: number;
  titleOf: (serviceId: number) => string;
  refreshing: boolean;
  booking: boolean;
  onBook: (option: WalkInOption) => void;
}

/** Who can take the client within the window, soonest first, and when the others are free next. */
export function WalkInResults(props: WalkInResultsProps) {
  const { choices, zone, hours } = props;
  const t = useMessages(messages);
  const readOnly = useReadOnly();
  // "Today" at the location by main's clock, which the times were measured against.
  const today = DateTime.fromISO(choices.now).setZone(zone).toISODate() ?? '';
  if (choices.notProvided.length) {
    return <Alert severity="warning">{notProvidedText(choices.notProvided.map(props.titleOf))}</Alert>;
  }
  if (choices.nobodyDoesAll) {
    return <Alert severity="warning">{t.nobodyDoesAll}</Alert>;
  }
  return (
    <Box sx={{ opacity: props.refreshing ? 0.6 : 1 }}>
      {choices.options.length === 0 ? (
        <Alert severity="info">{hours === 1 ? t.nobodyFreeHour : t.nobodyFree({ hours })}</Alert>
      ) : (
        <List dense aria-label={t.freeNow} disablePadding>
          {choices.options.map((option) => {
            const time = timeText(option.start, zone, today);
            return (
              <ListItem
                key={option.teamMemberId}
                divider
                aria-label={`${option.name} ${time}`}
                secondaryAction={
                  <Button
                    variant="contained"
                    size="small"
                    disabled={props.booking || readOnly !== null}
                    onClick={() => props.onBook(option)}
                    aria-label={t.bookAt({ name: option.name, time })}
                  >
                    {t.book}
                  </Button>
                }
              >
                <ListItemText
                  primary={option.name}
                  secondary={t.option({
                    time,
                    wait: waitText(option.waitMinutes),
                    minutes: Math.round(option.durationSeconds / 60),
                  })}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      {choices.later.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            {t.later}
          </Typography>
          <List dense aria-label={t.freeLater} disablePadding>
            {choices.later.map((member) => (
              <ListItem key={member.teamMemberId} aria-label={member.name}>
                <ListItemText
                  primary={member.name}
                  secondary={
                    member.nextStart
                      ? t.nextFree({ time: timeText(member.nextStart, zone, today) })
                      : nextDateText(member.nextDate)
                  }
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}
