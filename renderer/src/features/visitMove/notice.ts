import { DateTime } from 'luxon';
import type { VisitMoveResult } from '../../../../shared/contract/visitMove';
import type { MoveOutcome } from '../../../../shared/domain/deskMove';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { doneButChangedElsewhere, outcomeReason } from '../../errors';
import { isolate } from '../../components/isolate';

/** Whether part of the visit may now be somewhere else than the rest. */
export function maySplit(result: VisitMoveResult): boolean {
  const { outcomes } = result;
  const changed = outcomes.some(
    (o) => o.result === 'moved' || o.result === 'stranded' || o.result === 'unsure',
  );
  return changed && outcomes.some((o) => o.result !== 'moved');
}

function reasonOf(outcome: MoveOutcome): string {
  const why = outcomeReason(outcome);
  switch (outcome.result) {
    case 'unsure':
      return 'Altegio’s answer was lost: it may or may not have moved';
    case 'stranded':
      return 'moved, and could not be put back';
    case 'not-moved':
      return why ? `not moved: ${why.replace(/\.$/, '')}` : 'not moved';
    default:
      return outcome.result;
  }
}

/**
 * The notice after a whole-visit move: each appointment that did not end where the desk wanted, named by
 * its time and team member, with why; an appointment merely put back is not news.
 */
export function visitMoveNotice(
  result: VisitMoveResult,
  zone: string,
  teamMembers: readonly TeamMember[],
): Notice {
  const { outcomes } = result;
  if (outcomes.every((o) => o.result === 'moved')) {
    const elsewhere = [...new Set(outcomes.flatMap((o) => o.changedElsewhere ?? []))];
    const moved = `Visit moved: ${outcomes.length} appointments`;
    return elsewhere.length
      ? { severity: 'warning', message: doneButChangedElsewhere(moved, elsewhere) }
      : { severity: 'success', message: `${moved}.` };
  }
  const split = maySplit(result);
  const named = outcomes.filter(
    (o) =>
      o.result === 'unsure' ||
      o.result === 'stranded' ||
      (o.result === 'not-moved' && (split || o.problem !== null || o.error !== null)),
  );
  const lines = named.map((o) => {
    const a = o.appointment;
    if (!a) return `appointment #${o.id}: ${reasonOf(o)}`;
    const member = teamMembers.find((m) => m.id === a.teamMemberId)?.name;
    const who = member === undefined ? `#${a.teamMemberId}` : isolate(member);
    const when = DateTime.fromISO(a.start).setZone(zone).toFormat('ccc d LLL HH:mm');
    return `${when} ${who}: ${reasonOf(o)}`;
  });
  return split
    ? { severity: 'error', message: `The visit may be split. Check ${lines.join('; ')}.` }
    : {
        severity: 'warning',
        message: `The visit was not moved.${lines.length ? ` ${lines.join('; ')}.` : ''}`,
      };
}
