import { DateTime } from 'luxon';
import type { RebookProposal, RebookSearch } from '../../../../shared/contract/rebook';
import type { TeamMember } from '../../../../shared/domain/teamMember';
import { BridgeError } from '../../api';
import { longDay } from '../../format';
import { i18n, params } from '../../i18n';
import { memberName } from './memberName';

const messages = i18n('rebook/model', {
  slot: params('{day} at {time} with {who}, {minutes} min'),
  noneSame: params('{who} has no free time on {day}.'),
  noneDays: params('{who} has no free time within a week either side of {day}.'),
  noneMembers: params('Nobody else who does these services is free on {day}.'),
  busy: 'Someone took this time meanwhile. Search again for another.',
  past: 'This time has passed. Search again for another.',
  notBooked: 'The rebooking could not be booked.',
  notFound: 'No free time could be looked up.',
  noClient: 'This appointment has no client to rebook.',
  noServices: 'This appointment has no services to rebook.',
  groupEvent: 'A group event seat cannot be rebooked here.',
  cancelled: 'A cancelled appointment cannot be rebooked.',
});

/** "Tuesday 9 February 2027 at 10:00 with Liam Carter, 45 min". */
export function slotText(proposal: RebookProposal, zone: string, teamMembers: readonly TeamMember[]): string {
  const start = DateTime.fromISO(proposal.start).setZone(zone);
  return messages.get().slot({
    day: longDay(start, true),
    time: start.toFormat('HH:mm'),
    who: memberName(proposal.teamMemberId, teamMembers, proposal.name),
    minutes: Math.round(proposal.durationSeconds / 60),
  });
}

/** Why nothing is proposed, for the search made. */
export function nothingFreeText(search: RebookSearch, targetDate: string, who: string): string {
  const t = messages.get();
  const day = longDay(DateTime.fromISO(targetDate), true);
  if (search === 'sameMember') return t.noneSame({ who, day });
  if (search === 'otherDays') return t.noneDays({ who, day });
  return t.noneMembers({ day });
}

/** Whether the failure means the time is gone (search again), and its words. */
export function rebookFailure(error: unknown, finding: boolean): { gone: boolean; text: string } {
  const t = messages.get();
  if (!(error instanceof BridgeError)) return { gone: false, text: finding ? t.notFound : t.notBooked };
  const problem = error.params?.['problem'];
  if (error.code === 'SLOT_BUSY' || problem === 'busy') return { gone: true, text: t.busy };
  if (problem === 'past') return { gone: true, text: t.past };
  if (problem === 'notRebookable') {
    const reason = error.params?.['reason'];
    if (reason === 'noClient') return { gone: false, text: t.noClient };
    if (reason === 'noServices') return { gone: false, text: t.noServices };
    if (reason === 'groupEvent') return { gone: false, text: t.groupEvent };
    if (reason === 'cancelled') return { gone: false, text: t.cancelled };
  }
  return { gone: false, text: error.message };
}
