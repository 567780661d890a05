import { useMemo } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { i18n, plural, useMessages } from '../../i18n';
import { formatMoney, useCurrency } from '../../money';
import {
  cancelledAppointments,
  statusNames,
  useAppointmentRange,
  visibleAppointments,
} from '../appointments';
import type { Appointment } from '../../../../shared/domain/appointment';
import { SUMMARY_STATUSES, summarise, type SummaryStatus } from './model';

const messages = i18n('daySummary/DaySummaryBar', {
  day: 'Day summary',
  days: 'Summary of the days shown',
  appointments: plural({ one: 'appointment', other: 'appointments' }),
  cancelled: 'Cancelled',
  filteredHint: 'Only the team members and labels the calendar shows are counted',
  filtered: '(as filtered)',
  booked: 'booked',
  paid: 'paid',
});

function statusWord(status: SummaryStatus, cancelled: string): string {
  return status === 'cancelled' ? cancelled : statusNames[status];
}

interface DaySummaryBarProps {
  locationId: number;
  /** The days the calendar shows: the summary reads the very range the calendar draws. */
  range: { from: string; to: string } | null;
  /** Whether the calendar draws an appointment (its team member's column is shown, the label filter). */
  shows: (appointment: Appointment) => boolean;
  /** The calendar hides some team members or filters by label: the summary says it counts only what shows. */
  filtered: boolean;
}

/**
 * One quiet line under the toolbar: the shown days' appointments by status, what they are booked for and
 * what has been paid. It reads the calendar's own cache, so polls and saves refresh it with the calendar.
 */
export function DaySummaryBar({ locationId, range, shows, filtered }: DaySummaryBarProps) {
  const loaded = useAppointmentRange(locationId, range);
  const currency = useCurrency();
  const t = useMessages(messages);
  const summary = useMemo(
    () =>
      loaded
        ? summarise(visibleAppointments(loaded).filter(shows), cancelledAppointments(loaded).filter(shows))
        : null,
    [loaded, shows],
  );
  if (!summary || !range) return null;
  const oneDay = range.from === range.to;
  return (
    <Stack
      direction="row"
      role="region"
      aria-label={oneDay ? t.day : t.days}
      sx={{ px: 2, pb: 0.5, gap: 1.5, alignItems: 'baseline', flexWrap: 'wrap', color: 'text.secondary' }}
    >
      <Figure testId="summary-booked" label={t.appointments(summary.booked)}>
        {summary.booked}
      </Figure>
      {SUMMARY_STATUSES.map((status) => (
        <Figure
          key={status}
          testId={`summary-${status}`}
          label={statusWord(status, t.cancelled).toLowerCase()}
        >
          {summary.counts[status]}
        </Figure>
      ))}
      {filtered && (
        <Typography variant="caption" title={t.filteredHint}>
          {t.filtered}
        </Typography>
      )}
      <Figure testId="summary-booked-total" label={t.booked} first>
        {formatMoney(summary.bookedTotal, currency)}
      </Figure>
      <Figure testId="summary-paid-total" label={t.paid}>
        {formatMoney(summary.paidTotal, currency)}
      </Figure>
    </Stack>
  );
}

function Figure({
  testId,
  label,
  first = false,
  children,
}: {
  testId: string;
  label: string;
  first?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Typography variant="caption" sx={first ? { ml: { md: 'auto' } } : undefined}>
      <Typography
        component="span"
        variant="caption"
        sx={{ fontWeight: 600, color: 'text.primary' }}
        data-testid={testId}
      >
        {children}
      </Typography>{' '}
      {label}
    </Typography>
  );
}
