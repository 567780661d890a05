import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { i18n, useMessages } from '../../i18n';
import { DEFAULT_LABEL_COLOUR, LABEL_PALETTE, parseColour } from './model';

const messages = i18n('labels/LabelColourField', {
  colour: 'Colour',
  hex: 'Hex colour',
  hexHelp: 'Six hex digits, such as #4caf50, or pick a colour above.',
});

interface LabelColourFieldProps {
  /** The colour as typed: any case, with or without '#'. */
  value: string;
  onChange: (typed: string) => void;
  onBlur: () => void;
  error: string | undefined;
}

function Swatch({ colour }: { colour: string }) {
  return (
    <Box
      sx={{ width: 20, height: 20, borderRadius: '50%', bgcolor: colour, border: 1, borderColor: 'divider' }}
    />
  );
}

/** The palette's swatches and a hex field, two ways to the same colour. */
export function LabelColourField({ value, onChange, onBlur, error }: LabelColourFieldProps) {
  const parsed = parseColour(value);
  const t = useMessages(messages);
  return (
    <Stack spacing={1}>
      <Typography variant="caption" color="text.secondary" component="div" id="label-palette-caption">
        {t.colour}
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        aria-labelledby="label-palette-caption"
        value={parsed}
        onChange={(_event, next: string | null) => {
          if (next) onChange(next);
        }}
        sx={{ flexWrap: 'wrap' }}
      >
        {LABEL_PALETTE.map((entry) => (
          <ToggleButton key={entry.colour} value={entry.colour} aria-label={entry.name} title={entry.name}>
            <Swatch colour={entry.colour} />
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <TextField
        label={t.hex}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        error={Boolean(error)}
        helperText={error ?? t.hexHelp}
        sx={{ maxWidth: 260 }}
        slotProps={{
          htmlInput: { spellCheck: false, autoComplete: 'off', maxLength: 20 },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <Swatch colour={parsed ?? DEFAULT_LABEL_COLOUR} />
              </InputAdornment>
            ),
          },
        }}
      />
    </Stack>
  );
}
