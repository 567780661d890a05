import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { WalkInChoices, WalkInOption } from '../../../../shared/contract/walkIn';
import { nextDateText, notProvidedText, timeText, waitText } from './model';

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
  // "Today" at the location by main's clock, which the times were measured against.
  const today = DateTime.fromISO(choices.now).setZone(zone).toISODate() ?? '';
  if (choices.notProvided.length) {
    return <Alert severity="warning">{notProvidedText(choices.notProvided.map(props.titleOf))}</Alert>;
  }
  if (choices.nobodyDoesAll) {
    return (
      <Alert severity="warning">
        Nobody here does all of these in one appointment. Book them separately, one service at a time.
      </Alert>
    );
  }
  return (
    <Box sx={{ opacity: props.refreshing ? 0.6 : 1 }}>
      {choices.options.length === 0 ? (
        <Alert severity="info">
          Nobody is free for this in the next {hours === 1 ? 'hour' : `${hours} hours`}. When each one is free
          next is below; or pick a longer window.
        </Alert>
      ) : (
        <List dense aria-label="Free now" disablePadding>
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
                    disabled={props.booking}
                    onClick={() => props.onBook(option)}
                    aria-label={`Book ${option.name} at ${time}`}
                  >
                    Book
                  </Button>
                }
              >
                <ListItemText
                  primary={option.name}
                  secondary={`${time} · ${waitText(option.waitMinutes)} · ${Math.round(option.durationSeconds / 60)} min`}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      {choices.later.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            Later
          </Typography>
          <List dense aria-label="Free later" disablePadding>
            {choices.later.map((member) => (
              <ListItem key={member.teamMemberId} aria-label={member.name}>
                <ListItemText
                  primary={member.name}
                  secondary={
                    member.nextStart
                      ? `next free ${timeText(member.nextStart, zone, today)}`
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
