import { Suspense, useCallback, useState } from 'react';
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import type { InboxItem } from '../../../../shared/contract/bookingInbox';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { problemText } from '../../api';
import { i18n, params, useMessages } from '../../i18n';
import { useAcknowledge, useBookingInbox, useInboxFollowsLiveUpdates } from './api';
import { lazyPart, useOpenedOnce } from '../../lazyPart';

// The drawer, with MUI's Modal under it, loads after the calendar's first paint (see lazyPart).
const BookingInboxDrawer = lazyPart(() =>
  import('./BookingInboxDrawer').then((module) => module.BookingInboxDrawer),
);

const messages = i18n('bookingInbox/BookingInboxButton', {
  member: params('Team member {id}'),
  onlineBookings: 'Online bookings',
  toLookAt: params('Online bookings: {count} to look at'),
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
  const drawerOpened = useOpenedOnce(open);
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
      {drawerOpened && (
        <Suspense fallback={null}>
          <BookingInboxDrawer
            open={open}
            onClose={() => setOpen(false)}
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
      )}
    </>
  );
}
