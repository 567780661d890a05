import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { DateTime } from 'luxon';
import type { VisitMoveStep } from '../../../../shared/contract/visitMove';
import type { MoveOutcome } from '../../../../shared/domain/deskMove';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { describeMoveOutcome, slotProblemWords, wordIssue } from '../../errors';
import { i18n, params, useMessages } from '../../i18n';

const messages = i18n('visitMove/VisitMoveTable', {
  table: 'Appointments of the visit',
  teamMember: 'Team member',
  services: 'Services',
  now: 'Now',
  newTime: 'New time',
  result: 'Result',
  check: 'Check',
  free: 'Free',
  appointment: params('Appointment #{id}'),
});

interface VisitMoveTableProps {
  zone: string;
  teamMembers: readonly TeamMember[];
  steps: readonly VisitMoveStep[];
  /** After applying: what happened to each (shown instead of the preview's problem). */
  outcomes: readonly MoveOutcome[] | null;
}

/** "Tue 12 Jan 10:00–10:30"; the date only when the move changes it. */
function span(start: string, end: string, zone: string, withDate: boolean) {
  const from = DateTime.fromISO(start).setZone(zone);
  const to = DateTime.fromISO(end).setZone(zone);
  return `${withDate ? `${from.toFormat('ccc d LLL')} ` : ''}${from.toFormat('HH:mm')}–${to.toFormat('HH:mm')}`;
}

/** One row per appointment of the visit: who, what, from when to when, and what stands in the way. */
export function VisitMoveTable({ zone, teamMembers, steps, outcomes }: VisitMoveTableProps) {
  const t = useMessages(messages);
  const gone = outcomes?.filter((o) => o.appointment === null) ?? [];
  return (
    <Table size="small" aria-label={t.table} sx={{ mt: 1 }}>
      <TableHead>
        <TableRow>
          <TableCell>{t.teamMember}</TableCell>
          <TableCell>{t.services}</TableCell>
          <TableCell>{t.now}</TableCell>
          <TableCell>{t.newTime}</TableCell>
          <TableCell>{outcomes ? t.result : t.check}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {steps.map((step) => {
          const { appointment: a } = step;
          const member = teamMembers.find((m) => m.id === a.teamMemberId);
          const newDay = DateTime.fromISO(step.targetStart).setZone(zone).toISODate();
          const withDate = newDay !== DateTime.fromISO(a.start).setZone(zone).toISODate();
          const outcome = outcomes?.find((o) => o.id === a.id);
          const stays =
            step.stays && !outcome?.problem ? wordIssue(`issue.visitMove.stays.${step.stays}`) : null;
          const verdict = stays
            ? stays
            : outcome
              ? describeMoveOutcome(outcome)
              : step.problem
                ? `${slotProblemWords[step.problem]}${step.conflictId ? ` (#${step.conflictId})` : ''}`
                : t.free;
          const failed = stays ? null : outcome ? outcome.result !== 'moved' : step.problem !== null;
          return (
            <TableRow key={a.id} data-testid="visit-move-row" data-appointment-id={a.id}>
              <TableCell>{member?.name ?? `#${a.teamMemberId}`}</TableCell>
              <TableCell>{a.services.map((s) => s.title).join(', ') || '—'}</TableCell>
              <TableCell>{span(a.start, a.end, zone, withDate)}</TableCell>
              <TableCell>{span(step.targetStart, step.targetEnd, zone, withDate)}</TableCell>
              <TableCell
                sx={{ color: failed === null ? 'text.secondary' : failed ? 'error.main' : 'success.main' }}
              >
                {verdict}
              </TableCell>
            </TableRow>
          );
        })}
        {gone.map((o) => (
          <TableRow key={o.id} data-testid="visit-move-row" data-appointment-id={o.id}>
            <TableCell colSpan={4}>{t.appointment({ id: o.id })}</TableCell>
            <TableCell sx={{ color: 'error.main' }}>{describeMoveOutcome(o)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
