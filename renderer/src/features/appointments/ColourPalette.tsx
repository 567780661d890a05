import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import BlockIcon from '@mui/icons-material/Block';

/** Altegio's calendar palette (stored without '#', lower case here as the domain keeps it). */
export const PALETTE: ReadonlyArray<{ name: string; colour: string }> = [
  { name: 'Red', colour: '#f44336' },
  { name: 'Pink', colour: '#e91e63' },
  { name: 'Purple', colour: '#9c27b0' },
  { name: 'Indigo', colour: '#3f51b5' },
  { name: 'Blue', colour: '#2196f3' },
  { name: 'Teal', colour: '#009688' },
  { name: 'Green', colour: '#4caf50' },
  { name: 'Amber', colour: '#ffc107' },
  { name: 'Orange', colour: '#ff9800' },
  { name: 'Brown', colour: '#795548' },
  { name: 'Grey', colour: '#607d8b' },
];

interface ColourPaletteProps {
  value: string | null;
  onChange: (colour: string | null) => void;
}

/** The appointment's own colour on the calendar, or none (the calendar's default). */
export function ColourPalette({ value, onChange }: ColourPaletteProps) {
  const known = value === null || PALETTE.some((entry) => entry.colour === value);
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div" id="colour-label">
        Colour
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
        <ToggleButton value="none" aria-label="No colour">
          <BlockIcon fontSize="small" />
        </ToggleButton>
        {!known && value && (
          <ToggleButton value={value} aria-label={`Colour ${value}`}>
            <Box sx={{ width: 20, height: 20, borderRadius: '50%', bgcolor: value }} />
          </ToggleButton>
        )}
        {PALETTE.map((entry) => (
          <ToggleButton key={entry.colour} value={entry.colour} aria-label={entry.name}>
            <Box sx={{ width: 20, height: 20, borderRadius: '50%', bgcolor: entry.colour }} />
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
}
