import type { SxProps, Theme } from '@mui/material/styles';

/** cmdk draws bare elements (marked `cmdk-*`); these give them the app theme's look, light and dark. */
export const paletteSx: SxProps<Theme> = {
  '& [cmdk-input]': {
    width: '100%',
    boxSizing: 'border-box',
    border: 0,
    borderBottom: 1,
    borderColor: 'divider',
    outline: 'none',
    px: 2,
    py: 1.5,
    font: 'inherit',
    fontSize: '1.05rem',
    color: 'text.primary',
    bgcolor: 'transparent',
  },
  '& [cmdk-list]': { maxHeight: '60vh', overflowY: 'auto', pb: 1 },
  '& [cmdk-group-heading]': {
    px: 2,
    pt: 1.5,
    pb: 0.5,
    typography: 'overline',
    color: 'text.secondary',
  },
  '& [cmdk-item]': {
    display: 'flex',
    alignItems: 'center',
    gap: 1,
    px: 2,
    py: 0.75,
    cursor: 'pointer',
    typography: 'body2',
  },
  '& [cmdk-item][data-selected="true"]': { bgcolor: 'action.selected' },
  '& [cmdk-item][data-disabled="true"]': { color: 'text.secondary', cursor: 'default' },
  '& [cmdk-empty]': { px: 2, py: 1.5, typography: 'body2', color: 'text.secondary' },
  '& .palette-label': { flexShrink: 0, maxWidth: '100%' },
  '& .palette-detail': {
    minWidth: 0,
    ml: 'auto',
    color: 'text.secondary',
    typography: 'caption',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
};
