import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { LoadProblem } from '../../components/LoadProblem';
import { i18n, params, useMessages } from '../../i18n';
import type { InboxChange, InboxItem } from '../../../../shared/contract/bookingInbox';
import {
  changeKindWords,
  changeText,
  inboxTime,
  newestChange,
  whatText,
  whoText,
  type MemberName,
} from './model';

const messages = i18n('bookingInbox/BookingInboxPanel', {
  since: params('Since {time}'),
  loadFailed: 'The online bookings could not be loaded.',
  nothing: 'Nothing new from online booking.',
  acknowledgeAll: 'Acknowledge all',
  toLookAt: 'Online bookings to look at',
  open: 'Open',
  acknowledge: 'Acknowledge',
});

const changeColours: Record<InboxChange['kind'], 'success' | 'warning' | 'error' | 'info'> = {
  new: 'success',
  moved: 'warning',
  cancelled: 'error',
  changed: 'info',
};

export interface BookingInboxPanelProps {
  zone: string;
  items: readonly InboxItem[] | undefined;
  lookedAt: string | undefined;
  /** Why the inbox could not be read. */
  loadError: unknown;
  /** Why the last acknowledgement failed, worded. */
  saveProblem: string | null;
  saving: boolean;
  memberName: MemberName;
  onRetry: () => void;
  onOpen: (item: InboxItem) => void;
  onAcknowledge: (item: InboxItem) => void;
  onAcknowledgeAll: (upTo: string) => void;
}

/** The inbox's list: who, what, when and what changed, newest first, each with Open and Acknowledge. */
export function BookingInboxPanel(props: BookingInboxPanelProps) {
  const { zone, items, memberName } = props;
  const upTo = items ? newestChange(items) : null;
  const t = useMessages(messages);
  return (
    <Stack sx={{ gap: 1 }}>
      {props.lookedAt && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t.since({ time: inboxTime(props.lookedAt, zone) })}
        </Typography>
      )}
      {props.loadError !== null && (
        <LoadProblem error={props.loadError} fallback={t.loadFailed} onRetry={props.onRetry} />
      )}
      {props.saveProblem && <Alert severity="error">{props.saveProblem}</Alert>}
      {items && items.length === 0 && (
        <Typography sx={{ color: 'text.secondary', py: 2 }}>{t.nothing}</Typography>
      )}
      {items && items.length > 0 && (
        <>
          <Button
            variant="outlined"
            size="small"
            sx={{ alignSelf: 'flex-end' }}
            disabled={props.saving || !upTo}
            onClick={() => upTo && props.onAcknowledgeAll(upTo)}
          >
            {t.acknowledgeAll}
          </Button>
          <List aria-label={t.toLookAt} disablePadding>
            {items.map((item) => (
              <ListItem
                key={`${item.appointmentId}-${item.lastChangedAt}`}
                aria-label={whoText(item)}
                data-inbox-appointment-id={item.appointmentId}
                divider
                sx={{ display: 'block', px: 0 }}
              >
                <Chip
                  size="small"
                  color={changeColours[item.change.kind]}
                  label={changeKindWords[item.change.kind]}
                  sx={{ mb: 0.5 }}
                />
                {item.change.kind !== 'new' && item.change.kind !== 'cancelled' && (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {changeText(item.change, item, zone, memberName)}
                  </Typography>
                )}
                <Typography sx={{ fontWeight: 600 }}>{whoText(item)}</Typography>
                <Typography variant="body2">{whatText(item, memberName)}</Typography>
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {inboxTime(item.start, zone)}
                </Typography>
                <Stack direction="row" sx={{ gap: 1, mt: 0.5 }}>
                  {item.change.kind !== 'cancelled' && (
                    <Button size="small" onClick={() => props.onOpen(item)}>
                      {t.open}
                    </Button>
                  )}
                  <Button size="small" disabled={props.saving} onClick={() => props.onAcknowledge(item)}>
                    {t.acknowledge}
                  </Button>
                </Stack>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
