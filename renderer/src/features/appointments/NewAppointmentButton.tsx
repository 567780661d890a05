import Fab from '@mui/material/Fab';
import AddIcon from '@mui/icons-material/Add';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('appointments/NewAppointmentButton', {
  label: 'New appointment',
  title: 'New appointment (N)',
});

/** The calendar's "New appointment" action (N on the keyboard does the same). */
export function NewAppointmentButton({
  onClick,
  readOnly,
}: {
  onClick: () => void;
  readOnly: string | null;
}) {
  const t = useMessages(messages);
  return (
    <Fab
      color="primary"
      variant="extended"
      onClick={onClick}
      aria-label={t.label}
      title={readOnly ?? t.title}
      disabled={readOnly !== null}
      sx={{ position: 'fixed', right: 24, bottom: 24, zIndex: (theme) => theme.zIndex.speedDial }}
    >
      <AddIcon sx={{ mr: 1 }} />
      {t.label}
    </Fab>
  );
}
