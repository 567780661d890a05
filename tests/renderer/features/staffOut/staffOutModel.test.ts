import { describe, expect, it } from 'vitest';
import type { StaffOutRow } from '../../../../shared/contract/staffOut';
import {
  changesOf,
  choiceFor,
  defaultChoice,
  optionChoice,
  optionLabel,
  refusalText,
} from '../../../../renderer/src/features/staffOut/model';

const members = [
  { id: 1, name: 'Emma Johnson' },
  { id: 2, name: 'Noah Kim' },
  { id: 3, name: 'Lucas Meyer' },
];
const row = (extra: Partial<StaffOutRow> = {}): StaffOutRow => ({
  id: 7,
  start: '2027-03-30T11:00:00-04:00',
  end: '2027-03-30T11:30:00-04:00',
  durationSeconds: 1800,
  clientName: 'Ada',
  clientPhone: '+12025550101',
  services: ['Cut'],
  lastChangedAt: '2027-03-01T09:00:00-05:00',
  options: [
    { teamMemberId: 2, start: '2027-03-30T11:00:00-04:00', sameTime: true },
    { teamMemberId: 1, start: '2027-03-30T11:00:00-04:00', sameTime: true },
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

  it('keeps a choice while the plan still offers it, else falls back to the proposal', () => {
    const emma = optionChoice(row().options[1]!);
    expect(choiceFor(row(), emma)).toBe(emma);
    expect(choiceFor(row(), 'cancel')).toBe('cancel');
    expect(choiceFor(row({ options: [row().options[0]!] }), emma)).toBe(defaultChoice(row()));
  });

  it('turns choices into changes: reassign with the version read, cancel only when chosen, nothing for leave', () => {
    const rows = [row(), row({ id: 8 }), row({ id: 9 })];
    expect(changesOf(rows, { 8: 'cancel', 9: 'leave' })).toEqual([
      {
        id: 7,
        action: 'reassign',
        teamMemberId: 2,
        start: '2027-03-30T11:00:00-04:00',
        expectedLastChangedAt: '2027-03-01T09:00:00-05:00',
      },
      { id: 8, action: 'cancel', expectedLastChangedAt: '2027-03-01T09:00:00-05:00' },
    ]);
  });

  it('words options and every refusal', () => {
    const zone = 'America/New_York';
    expect(optionLabel(row().options[0]!, members, zone)).toBe('Noah Kim, same time');
    expect(
      optionLabel({ teamMemberId: 1, start: '2027-03-30T12:30:00-04:00', sameTime: false }, members, zone),
    ).toBe('Emma Johnson at 12:30');
    expect(
      refusalText(
        [
          { teamMemberId: 1, problem: 'busy', conflictId: 5 },
          { teamMemberId: 3, problem: 'outside-hours', conflictId: null },
          { teamMemberId: 4, problem: 'not-provided', conflictId: null },
        ],
        members,
      ),
    ).toBe(
      'Can’t take it then: Emma Johnson busy, Lucas Meyer not working, 1 other does not provide the services.',
    );
  });
});
