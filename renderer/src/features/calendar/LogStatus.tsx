import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import SyncProblemIcon from '@mui/icons-material/SyncProblem';
import { DateTime } from 'luxon';
import { useSyncExternalStore } from 'react';
import { altegioReach, onReachChange } from '../../altegioReach';
import { i18n, params, plural, useMessages } from '../../i18n';
import { useAppointmentRange, useLiveState } from '../appointments';

const messages = i18n('calendar/LogStatus', {
  status: 'Appointment log status',
  upToDate: params('Up to date as of {time}.'),
  notComing: 'Changes from other desks are not coming in.',
  notComingWhy: params('Changes from other desks are not coming in: {reason}'),
  retrying: 'Retrying every few seconds.',
  unreadable: plural({
    one: '{count} appointment could not be shown: Altegio sent it in a form Frontdesk cannot read.',
    other: '{count} appointments could not be shown: Altegio sent them in a form Frontdesk cannot read.',
  }),
});

interface LogStatusProps {
  locationId: number;
  /** The location's zone: times are on its clock. */
  zone: string;
  /** The days the calendar shows. */
  range: { from: string; to: string } | null;
}

/**
 * Quiet lines under the toolbar, only when there is something to know: live updates failing (since
 * when, and that they keep trying), or appointments Altegio sent that Frontdesk cannot show.
 */
export function LogStatus({ locationId, zone, range }: LogStatusProps) {
  const live = useLiveState(locationId);
  const t = useMessages(messages);
  const shown = useAppointmentRange(locationId, range);
  // The frame already says Altegio is out of reach: this line then only says how fresh the log is.
  const outOfReach = useSyncExternalStore(onReachChange, altegioReach).outOfReachSince !== null;
  const unreadable = Math.max(shown?.unreadable ?? 0, live.unreadable);
  if (!live.failing && unreadable === 0) return null;
  const since = live.syncedAt ? DateTime.fromMillis(live.syncedAt, { zone }).toFormat('HH:mm') : null;
  return (
    <Stack sx={{ px: 2, pb: 0.5, gap: 0.25 }} role="status" aria-label={t.status}>
      {live.failing && (
        <Typography
          variant="caption"
          color="warning.main"
          sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
        >
          <SyncProblemIcon fontSize="inherit" />
          {[
            since ? t.upToDate({ time: since }) : '',
            outOfReach ? t.notComing : t.notComingWhy({ reason: live.failing }),
            t.retrying,
          ]
            .filter(Boolean)
            .join(' ')}
        </Typography>
      )}
      {unreadable > 0 && (
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
        >
          <InfoOutlinedIcon fontSize="inherit" />
          {t.unreadable(unreadable)}
        </Typography>
      )}
    </Stack>
  );
}
