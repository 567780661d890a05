import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { Occurrence } from '../../../../shared/domain/schedule';
import { i18n, params, useMessages } from '../../i18n';
import { occurrenceNote, occurrenceWhen } from './model';

const messages = i18n('schedules/OccurrenceList', {
  full: 'Full',
  clash: 'Clash',
  missing: 'No class',
  enrolled: 'Enrolled',
  booked: params('{enrolled}/{capacity} booked'),
});

const CHIPS: Partial<Record<Occurrence['state'], 'error' | 'warning' | 'info'>> = {
  full: 'error',
  clash: 'warning',
  missing: 'error',
  enrolled: 'info',
};

/** Dates with times in the location's zone, each marked when it is full, clashes or is already booked. */
export function OccurrenceList({
  label,
  occurrences,
  zone,
  empty,
}: {
  label: string;
  occurrences: readonly Occurrence[];
  zone: string;
  empty: string;
}) {
  const t = useMessages(messages);
  if (occurrences.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {empty}
      </Typography>
    );
  return (
    <List dense aria-label={label} sx={{ maxHeight: 260, overflow: 'auto', py: 0 }}>
      {occurrences.map((occurrence) => {
        const color = CHIPS[occurrence.state];
        const chip = color && { label: t[occurrence.state as keyof typeof CHIPS & keyof typeof t], color };
        return (
          <ListItem
            key={`${occurrence.dayId}-${occurrence.start}`}
            disableGutters
            secondaryAction={
              chip && <Chip size="small" label={chip.label} color={chip.color} variant="outlined" />
            }
          >
            <ListItemText
              primary={occurrenceWhen(occurrence, zone)}
              secondary={
                [occurrenceNote(occurrence), occurrence.fill ? t.booked({ ...occurrence.fill }) : '']
                  .filter(Boolean)
                  .join(' · ') || undefined
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
}
