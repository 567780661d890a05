import Typography from '@mui/material/Typography';

/** In a dialog's actions while read-only: why its button waits (what was typed stays). */
export function ReadOnlyNote({ reason }: { reason: string | null }) {
  if (reason === null) return null;
  return (
    <Typography variant="body2" color="warning.main" role="status" sx={{ mr: 'auto', ml: 1 }}>
      {reason}
    </Typography>
  );
}
