import { Suspense, useCallback, useState } from 'react';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import type { InboxItem } from '../../../../shared/contract/bookingInbox';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { problemText } from '../../api';
import { i18n, params, useMessages } from '../../i18n';
import { useAcknowledge, useBookingInbox, useInboxFollowsLiveUpdates } from './api';
import { lazyPart } from '../../lazyPart';

const BookingInboxPanel = lazyPart(() =>
  import('./BookingInboxPanel').then((module) => module.BookingInboxPanel),
);

const messages = i18n('bookingInbox/BookingInboxButton', {
  member: params('Team member {id}'),
  onlineBookings: 'Online bookings',
  toLookAt: params('Online bookings: {count} to look at'),
  close: 'Close online bookings',
  saveFailed: 'The acknowledgement could not be saved.',
});

export interface BookingInboxButtonProps {
  locationId: number;
  zone: string;
  teamMembers: readonly TeamMember[];
  /** Shows the appointment: its day in the calendar and its details. */
  onOpen: (appointment: { id: number; start: string }) => void;
}

/** "Online bookings" with the count still to look at; opens the inbox beside the calendar. */
export function BookingInboxButton({ locationId, zone, teamMembers, onOpen }: BookingInboxButtonProps) {
  const [open, setOpen] = useState(false);
  const inbox = useBookingInbox(locationId);
  useInboxFollowsLiveUpdates(locationId);
  const acknowledge = useAcknowledge(locationId);
  const count = inbox.data?.items.length;
  const t = useMessages(messages);
  const memberName = useCallback(
    (id: number) => teamMembers.find((member) => member.id === id)?.name ?? t.member({ id }),
    [teamMembers, t],
  );
  return (
    <>
      <Button
        size="small"
        onClick={() => setOpen(true)}
        aria-label={count === undefined ? t.onlineBookings : t.toLookAt({ count })}
        startIcon={
          <Badge color="primary" badgeContent={count} max={99} data-testid="inbox-count">
            <MarkEmailUnreadIcon />
          </Badge>
        }
      >
        {t.onlineBookings}
      </Button>
      <Drawer
        anchor="right"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{ paper: { sx: { width: 420 }, 'aria-label': t.onlineBookings } }}
        sx={{ zIndex: (theme) => theme.zIndex.modal }}
      >
        <Box sx={{ p: 2 }}>
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
              {t.onlineBookings}
            </Typography>
            <IconButton aria-label={t.close} onClick={() => setOpen(false)}>
              <CloseIcon />
            </IconButton>
          </Stack>
          <Suspense fallback={null}>
            <BookingInboxPanel
              zone={zone}
              items={inbox.data?.items}
              lookedAt={inbox.data?.lookedAt}
              loadError={inbox.error}
              saveProblem={acknowledge.error ? problemText(acknowledge.error, t.saveFailed) : null}
              saving={acknowledge.isPending}
              memberName={memberName}
              onRetry={() => void inbox.refetch()}
              onOpen={(item: InboxItem) => {
                setOpen(false);
                onOpen({ id: item.appointmentId, start: item.start });
              }}
              onAcknowledge={(item) =>
                acknowledge.mutate({
                  kind: 'one',
                  appointmentId: item.appointmentId,
                  lastChangedAt: item.lastChangedAt,
                })
              }
              onAcknowledgeAll={(upTo) => acknowledge.mutate({ kind: 'all', upTo })}
            />
          </Suspense>
        </Box>
      </Drawer>
    </>
  );
}
