import Box from '@mui/material/Box';

const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/**
 * Text for assistive technology only, where the screen already says it another way: a section's heading
 * (the app bar shows its name), the header of a column of icon buttons.
 */
export function ScreenReaderOnly({ as = 'span', children }: { as?: 'span' | 'h1'; children: string }) {
  return (
    <Box component={as} sx={hidden}>
      {children}
    </Box>
  );
}
