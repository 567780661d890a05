import { DateTime } from 'luxon';
import type { VisitMoveResult } from '../../../../shared/contract/visitMove';
import type { MoveOutcome } from '../../../../shared/domain/deskMove';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import type { Notice } from '../../components/NoticeBar';
import { doneButChangedElsewhere, outcomeReason } from '../../errors';
import { isolate } from '../../components/isolate';
import { i18n, params } from '../../i18n';

const messages = i18n('visitMove/notice', {
  unsure: 'Altegio’s answer was lost: it may or may not have moved',
  stranded: 'moved, and could not be put back',
  notMovedWhy: params('not moved: {why}'),
  notMoved: 'not moved',
  moved: params('Visit moved: {count} appointments'),
  movedDone: params('{moved}.'),
  appointmentLine: params('appointment #{id}: {reason}'),
  line: params('{when} {who}: {reason}'),
  split: params('The visit may be split. Check {lines}.'),
  notMovedVisit: 'The visit was not moved.',
  notMovedVisitLines: params('The visit was not moved. {lines}.'),
});

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
  const t = messages.get();
  switch (outcome.result) {
    case 'unsure':
      return t.unsure;
    case 'stranded':
      return t.stranded;
    case 'not-moved':
      return why ? t.notMovedWhy({ why: why.replace(/\.$/, '') }) : t.notMoved;
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
  const t = messages.get();
  if (outcomes.every((o) => o.result === 'moved')) {
    const elsewhere = [...new Set(outcomes.flatMap((o) => o.changedElsewhere ?? []))];
    const moved = t.moved({ count: outcomes.length });
    return elsewhere.length
      ? { severity: 'warning', message: doneButChangedElsewhere(moved, elsewhere) }
      : { severity: 'success', message: t.movedDone({ moved }) };
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
    if (!a) return t.appointmentLine({ id: o.id, reason: reasonOf(o) });
    const member = teamMembers.find((m) => m.id === a.teamMemberId)?.name;
    const who = member === undefined ? `#${a.teamMemberId}` : isolate(member);
    const when = DateTime.fromISO(a.start).setZone(zone).toFormat('ccc d LLL HH:mm');
    return t.line({ when, who, reason: reasonOf(o) });
  });
  return split
    ? { severity: 'error', message: t.split({ lines: lines.join('; ') }) }
    : {
        severity: 'warning',
        message: lines.length ? t.notMovedVisitLines({ lines: lines.join('; ') }) : t.notMovedVisit,
      };
}
