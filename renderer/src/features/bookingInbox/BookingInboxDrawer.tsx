import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { i18n, useMessages } from '../../i18n';
import { BookingInboxPanel, type BookingInboxPanelProps } from './BookingInboxPanel';

const messages = i18n('bookingInbox/BookingInboxDrawer', {
  onlineBookings: 'Online bookings',
  close: 'Close online bookings',
});

export interface BookingInboxDrawerProps extends BookingInboxPanelProps {
  open: boolean;
  onClose: () => void;
}

/** The inbox beside the calendar: the bookings made online that this desk has not looked at yet. */
export function BookingInboxDrawer({ open, onClose, ...panel }: BookingInboxDrawerProps) {
  const t = useMessages(messages);
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: 420 }, 'aria-label': t.onlineBookings } }}
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
    >
      <Box sx={{ p: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t.onlineBookings}
          </Typography>
          <IconButton aria-label={t.close} onClick={onClose}>
            <CloseIcon />
          </IconButton>
        </Stack>
        <BookingInboxPanel {...panel} />
      </Box>
    </Drawer>
  );
}
