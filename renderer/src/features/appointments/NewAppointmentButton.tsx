import Fab from '@mui/material/Fab';
import AddIcon from '@mui/icons-material/Add';

/** The calendar's "New appointment" action (N on the keyboard does the same). */
export function NewAppointmentButton({ onClick }: { onClick: () => void }) {
  return (
    <Fab
      color="primary"
      variant="extended"
      onClick={onClick}
      aria-label="New appointment"
      title="New appointment (N)"
      sx={{ position: 'fixed', right: 24, bottom: 24, zIndex: (theme) => theme.zIndex.speedDial }}
    >
      <AddIcon sx={{ mr: 1 }} />
      New appointment
    </Fab>
  );
}
