import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import BlockIcon from '@mui/icons-material/Block';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('appointments/ColourPalette', {
  red: 'Red',
  pink: 'Pink',
  purple: 'Purple',
  indigo: 'Indigo',
  blue: 'Blue',
  teal: 'Teal',
  green: 'Green',
  amber: 'Amber',
  orange: 'Orange',
  brown: 'Brown',
  grey: 'Grey',
  colour: 'Colour',
  noColour: 'No colour',
  colourValue: params('Colour {value}'),
});
type ColourName =
  'red' | 'pink' | 'purple' | 'indigo' | 'blue' | 'teal' | 'green' | 'amber' | 'orange' | 'brown' | 'grey';

const COLOURS: ReadonlyArray<[ColourName, string]> = [
  ['red', '#f44336'],
  ['pink', '#e91e63'],
  ['purple', '#9c27b0'],
  ['indigo', '#3f51b5'],
  ['blue', '#2196f3'],
  ['teal', '#009688'],
  ['green', '#4caf50'],
  ['amber', '#ffc107'],
  ['orange', '#ff9800'],
  ['brown', '#795548'],
  ['grey', '#607d8b'],
];

/** Altegio's calendar palette (stored without '#', lower case here as the domain keeps it). */
/** Each colour's name is in the language shown when read. */
export const PALETTE: ReadonlyArray<{ name: string; colour: string }> = COLOURS.map(([key, colour]) => ({
  get name() {
    return messages.get()[key];
  },
  colour,
}));

interface ColourPaletteProps {
  value: string | null;
  onChange: (colour: string | null) => void;
}

/** The appointment's own colour on the calendar, or none (the calendar's default). */
export function ColourPalette({ value, onChange }: ColourPaletteProps) {
  const t = useMessages(messages);
  const known = value === null || PALETTE.some((entry) => entry.colour === value);
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div" id="colour-label">
        {t.colour}
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        aria-labelledby="colour-label"
        value={value ?? 'none'}
        onChange={(_event, next: string | null) => {
          if (next !== null) onChange(next === 'none' ? null : next);
        }}
        sx={{ flexWrap: 'wrap' }}
      >
        <ToggleButton value="none" aria-label={t.noColour}>
          <BlockIcon fontSize="small" />
        </ToggleButton>
        {!known && value && (
          <ToggleButton value={value} aria-label={t.colourValue({ value })}>
            <Box sx={{ width: 20, height: 20, borderRadius: '50%', bgcolor: value }} />
          </ToggleButton>
        )}
        {COLOURS.map(([key, colour]) => (
          <ToggleButton key={colour} value={colour} aria-label={t[key]}>
            <Box sx={{ width: 20, height: 20, borderRadius: '50%', bgcolor: colour }} />
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
}
