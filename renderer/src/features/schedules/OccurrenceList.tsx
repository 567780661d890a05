import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { Occurrence } from '../../../../shared/domain/schedule';
import { occurrenceNote, occurrenceWhen } from './model';

const CHIPS: Partial<Record<Occurrence['state'], { label: string; color: 'error' | 'warning' | 'info' }>> = {
  full: { label: 'Full', color: 'error' },
  clash: { label: 'Clash', color: 'warning' },
  missing: { label: 'No class', color: 'error' },
  enrolled: { label: 'Enrolled', color: 'info' },
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
  if (occurrences.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {empty}
      </Typography>
    );
  return (
    <List dense aria-label={label} sx={{ maxHeight: 260, overflow: 'auto', py: 0 }}>
      {occurrences.map((occurrence) => {
        const chip = CHIPS[occurrence.state];
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
                [
                  occurrenceNote(occurrence),
                  occurrence.fill ? `${occurrence.fill.enrolled}/${occurrence.fill.capacity} booked` : '',
                ]
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
