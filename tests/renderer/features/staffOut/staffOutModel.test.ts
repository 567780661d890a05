import { describe, expect, it } from 'vitest';
import type { StaffOutRow } from '../../../../shared/contract/staffOut';
import {
  changesOf,
  choiceFor,
  defaultChoice,
  optionChoice,
  optionLabel,
  refusalText,
  type Choice,
  type Chosen,
} from '../../../../renderer/src/features/staffOut/model';
import { versionOf } from '../../../../shared/domain/appointmentVersion';
import { appointment } from '../../../support/appointmentFixture';

const members = [
  { id: 1, name: 'Emma Johnson' },
  { id: 2, name: 'Noah Kim' },
  { id: 3, name: 'Lucas Meyer' },
];
const seen = versionOf(appointment(7));
const chosen = (choice: Choice, version = seen): Chosen => ({ choice, version });
const row = (extra: Partial<StaffOutRow> = {}): StaffOutRow => ({
  id: 7,
  start: '2027-03-30T11:00:00-04:00',
  end: '2027-03-30T11:30:00-04:00',
  durationSeconds: 1800,
  clientName: 'Ada',
  clientPhone: '+12025550101',
  services: ['Cut'],
  lastChangedAt: '2027-03-01T09:00:00-05:00',
  version: seen,
  requestedTeamMember: false,
  options: [
    { teamMemberId: 2, start: '2027-03-30T11:00:00-04:00', sameTime: true, alsoProposedFor: null },
    { teamMemberId: 1, start: '2027-03-30T11:00:00-04:00', sameTime: true, alsoProposedFor: null },
  ],
  refusals: [],
  noOption: null,
  ...extra,
});

describe('staff out model', () => {
  it('proposes the first option, never a cancel, and leaves a row without options where it is', () => {
    expect(defaultChoice(row())).toBe('to:2@2027-03-30T11:00:00-04:00');
    expect(defaultChoice(row({ options: [], noOption: 'nobody-free' }))).toBe('leave');
  });

  it('proposes nobody when the client asked for the member who is out, or when the first is proposed elsewhere', () => {
    expect(defaultChoice(row({ requestedTeamMember: true }))).toBe('leave');
    const reserved = { ...row().options[0]!, alsoProposedFor: '2027-03-30T10:30:00-04:00' };
    expect(defaultChoice(row({ options: [reserved] }))).toBe('leave');
  });

  it('keeps a choice while the plan still offers it, else leaves the appointment where it is', () => {
    const emma = optionChoice(row().options[1]!);
    expect(choiceFor(row(), chosen(emma))).toBe(emma);
    expect(choiceFor(row(), chosen('leave'))).toBe('leave');
    // Emma is no longer offered: not silently another member.
    expect(choiceFor(row({ options: [row().options[0]!] }), chosen(emma))).toBe('leave');
  });

  it('keeps a cancel only on the version it was chosen on, and never for one that has begun', () => {
    expect(choiceFor(row(), chosen('cancel'))).toBe('cancel');
    // Another desk changed the comment in the same second: the timestamp alone would not tell.
    const commented = versionOf(appointment(7, { comment: 'Moved by the other desk' }));
    expect(choiceFor(row({ version: commented }), chosen('cancel'))).toBe(defaultChoice(row()));
    expect(choiceFor(row({ options: [], noOption: 'past' }), chosen('cancel'))).toBe('leave');
  });

  it('turns choices into changes: reassign with the version read, cancel only when chosen, nothing for leave', () => {
    const rows = [row(), row({ id: 8 }), row({ id: 9 })];
    expect(changesOf(rows, { 8: chosen('cancel'), 9: chosen('leave') })).toEqual([
      {
        id: 7,
        action: 'reassign',
        teamMemberId: 2,
        start: '2027-03-30T11:00:00-04:00',
        expectedLastChangedAt: '2027-03-01T09:00:00-05:00',
        seen,
      },
      { id: 8, action: 'cancel', expectedLastChangedAt: '2027-03-01T09:00:00-05:00', seen },
    ]);
  });

  it('words options and every refusal', () => {
    const zone = 'America/New_York';
    expect(optionLabel(row().options[0]!, members, zone)).toBe('Noah Kim, same time');
    expect(
      optionLabel(
        { teamMemberId: 1, start: '2027-03-30T12:30:00-04:00', sameTime: false, alsoProposedFor: null },
        members,
        zone,
      ),
    ).toBe('Emma Johnson at 12:30');
    expect(
      optionLabel({ ...row().options[0]!, alsoProposedFor: '2027-03-30T10:30:00-04:00' }, members, zone),
    ).toBe('Noah Kim, same time (also proposed for 10:30)');
    expect(
      refusalText(
        [
          { teamMemberId: 1, problem: 'busy', conflictId: 5 },
          { teamMemberId: 3, problem: 'outside-hours', conflictId: null },
          { teamMemberId: 2, problem: 'proposed', conflictId: null },
          { teamMemberId: 4, problem: 'not-provided', conflictId: null },
        ],
        members,
      ),
    ).toBe(
      'Can’t take it then: Emma Johnson busy, Lucas Meyer not working, Noah Kim proposed for another appointment, 1 other does not provide the services.',
    );
  });
});
