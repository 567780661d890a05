import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { i18n, useMessages } from '../../i18n';

const messages = i18n('calendar/DetailsDrawer', { close: 'Close details' });

interface DetailsDrawerProps {
  open: boolean;
  /** The accessible name of the panel ("Appointment details"). */
  label: string;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/** The calendar's side panel: what a clicked card stands for, with its title and a close button. */
export function DetailsDrawer({ open, label, title, onClose, children }: DetailsDrawerProps) {
  const t = useMessages(messages);
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      // The paper is the dialog (MUI gives it the role); name it rather than nest a second dialog.
      slotProps={{ paper: { sx: { width: 400 }, 'aria-label': label } }}
      // Above the app bar, which sits above the navigation drawer.
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
    >
      {open && (
        <Box sx={{ p: 2 }}>
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
              {title}
            </Typography>
            <IconButton aria-label={t.close} onClick={onClose}>
              <CloseIcon />
            </IconButton>
          </Stack>
          {children}
        </Box>
      )}
    </Drawer>
  );
}

/** One "label: value" line of a details table. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell component="th" sx={{ color: 'text.secondary', width: 130, border: 0, py: 0.5, pl: 0 }}>
        {label}
      </TableCell>
      <TableCell sx={{ border: 0, py: 0.5 }}>{children}</TableCell>
    </TableRow>
  );
}
