import { describe, expect, it } from 'vitest';
import { describeMoveOutcome } from '../../../../renderer/src/errors';
import { visitMoveNotice } from '../../../../renderer/src/features/visitMove/notice';
import type { Appointment } from '../../../../shared/domain/appointment';
import type { MoveOutcome } from '../../../../shared/domain/deskMove';
import type { TeamMember } from '../../../../shared/domain/teamMember';

const zone = 'America/New_York';
const team = [
  { id: 1, name: 'Emma Johnson' },
  { id: 2, name: 'Liam Carter' },
] as TeamMember[];
const at = (id: number, teamMemberId: number, start: string) =>
  ({ id, teamMemberId, start }) as unknown as Appointment;
const outcome = (result: MoveOutcome['result'], appointment: Appointment, more: Partial<MoveOutcome> = {}) =>
  ({
    id: appointment.id,
    result,
    problem: null,
    conflictId: null,
    error: null,
    appointment,
    ...more,
  }) as MoveOutcome;

// Team members' names are isolates (U+2068…U+2069): Altegio's text cannot turn the notice around.
describe('visitMoveNotice', () => {
  it('names the appointment to check, by time and member, when a save could not be confirmed', () => {
    const notice = visitMoveNotice(
      {
        outcomes: [
          outcome('unsure', at(10, 1, '2027-01-19T10:00:00-05:00'), { error: { code: 'NETWORK' } }),
          outcome('moved', at(11, 2, '2027-01-19T12:00:00-05:00')),
        ],
      },
      zone,
      team,
    );
    expect(notice).toEqual({
      severity: 'error',
      message:
        'The visit may be split. Check Tue 19 Jan 10:00 \u2068Emma Johnson\u2069: Altegio’s answer was lost: it may or may not have moved.',
    });
  });

  it('names the stranded one and the refused one, and leaves the one put back out', () => {
    const notice = visitMoveNotice(
      {
        outcomes: [
          outcome('not-moved', at(10, 1, '2027-01-19T10:00:00-05:00'), { problem: 'busy' }),
          outcome('stranded', at(11, 2, '2027-01-19T12:00:00-05:00'), { error: { code: 'SLOT_BUSY' } }),
          outcome('put-back', at(12, 2, '2027-01-19T13:00:00-05:00')),
        ],
      },
      zone,
      team,
    );
    expect(notice.severity).toBe('error');
    expect(notice.message).toBe(
      'The visit may be split. Check Tue 19 Jan 10:00 \u2068Emma Johnson\u2069: not moved: The team member is busy then ' +
        '(another appointment or a group event); Tue 19 Jan 12:00 \u2068Liam Carter\u2069: moved, and could not be put back.',
    );
  });

  it('says the visit was not moved, with the reason, when everything was put back', () => {
    const notice = visitMoveNotice(
      {
        outcomes: [
          outcome('not-moved', at(10, 1, '2027-01-19T10:00:00-05:00'), { problem: 'busy' }),
          outcome('put-back', at(11, 2, '2027-01-19T11:00:00-05:00')),
        ],
      },
      zone,
      team,
    );
    expect(notice).toEqual({
      severity: 'warning',
      message:
        'The visit was not moved. Tue 19 Jan 10:00 \u2068Emma Johnson\u2069: not moved: The team member is busy then (another appointment or a group event).',
    });
  });
});

describe('another desk’s change in a multi-appointment outcome', () => {
  const emma = at(10, 1, '2027-01-19T10:00:00-05:00');
  it('names what changed since the desk saw it, and what changed right after a move or a cancel', () => {
    expect(
      describeMoveOutcome(outcome('not-moved', emma, { problem: 'changed', changed: ['time', 'comment'] })),
    ).toBe('Not moved: Another desk changed this appointment’s time and comment meanwhile.');
    expect(describeMoveOutcome(outcome('not-moved', emma, { problem: 'changed' }))).toBe(
      'Not moved: Another desk changed this appointment meanwhile.',
    );
    expect(describeMoveOutcome(outcome('cancelled', emma, { changedElsewhere: ['services'] }))).toBe(
      'Cancelled, but another desk changed its services at the same moment: Altegio has their version of that.',
    );
    expect(
      visitMoveNotice({ outcomes: [outcome('moved', emma, { changedElsewhere: ['status'] })] }, zone, team),
    ).toEqual({
      severity: 'warning',
      message:
        'Visit moved: 1 appointments, but another desk changed its status at the same moment: Altegio has their version of that.',
    });
  });
});
