import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StaffOutRow } from '../../../../shared/contract/staffOut';
import type { Appointment } from '../../../../shared/domain/appointment';
import { versionOf } from '../../../../shared/domain/appointmentVersion';
import { appointment } from '../../../support/appointmentFixture';
import { StaffOutResults } from '../../../../renderer/src/features/staffOut/StaffOutResults';
import { StaffOutTable } from '../../../../renderer/src/features/staffOut/StaffOutTable';

const zone = 'America/New_York';
const members = [
  { id: 1, name: 'Emma Johnson' },
  { id: 2, name: 'Noah Kim' },
];
const at = (time: string) => `2027-03-30T${time}:00-04:00`;
const row = (id: number, time: string, extra: Partial<StaffOutRow> = {}): StaffOutRow => ({
  id,
  start: at(time),
  end: at(time.replace(/:00$/, ':30')),
  durationSeconds: 1800,
  clientName: `Client ${id}`,
  clientPhone: `+1202555010${id}`,
  services: ['Cut'],
  lastChangedAt: at('08:00'),
  version: versionOf(appointment(id)),
  requestedTeamMember: false,
  options: [{ teamMemberId: 2, start: at(time), sameTime: true, alsoProposedFor: null }],
  refusals: [],
  noOption: null,
  ...extra,
});

const showTable = (rows: StaffOutRow[]) =>
  render(
    <StaffOutTable
      rows={rows}
      zone={zone}
      members={members}
      memberName="Liam Carter"
      manyDays={false}
      choices={{}}
      failures={{}}
      disabled={false}
      onChoose={() => {}}
    />,
  );

const select = (name: string) =>
  screen.queryByRole('combobox', { name: new RegExp(`${name}$`) }) as HTMLSelectElement | null;

describe('StaffOutTable', () => {
  it('leaves a client who asked for the member where they are, and says so', () => {
    showTable([row(1, '10:00', { requestedTeamMember: true }), row(2, '11:00')]);
    expect(select('Client 1')?.value).toBe('leave');
    expect(screen.getByTestId('staff-out-row-1').textContent).toMatch(/Asked for Liam Carter: call/);
    expect(select('Client 2')?.value).toBe(`to:2@${at('11:00')}`);
    expect(screen.getByTestId('staff-out-row-2').textContent).not.toMatch(/Asked for/);
  });

  it('offers nothing, not even a cancel, for one that has begun', () => {
    showTable([row(3, '09:00', { options: [], noOption: 'past' })]);
    expect(select('Client 3')).toBeNull();
    expect(screen.queryByText('Cancel the appointment')).toBeNull();
    expect(screen.getByRole('table').textContent).toContain('Stays with Liam Carter');
  });

  it('marks a proposal at another time, and offers a member proposed elsewhere last, by name', () => {
    showTable([
      row(4, '12:00', {
        options: [
          { teamMemberId: 1, start: at('12:30'), sameTime: false, alsoProposedFor: null },
          { teamMemberId: 2, start: at('12:00'), sameTime: true, alsoProposedFor: at('11:30') },
        ],
        refusals: [{ teamMemberId: 2, problem: 'proposed', conflictId: null }],
      }),
    ]);
    const options = [...select('Client 4')!.options].map((o) => o.textContent);
    expect(options.slice(0, 2)).toEqual([
      'Emma Johnson at 12:30',
      'Noah Kim, same time (also proposed for 11:30)',
    ]);
    expect(screen.getByText('Time changes — tell the client.')).toBeTruthy();
    expect(screen.getByText(/Noah Kim proposed for another appointment/)).toBeTruthy();
  });

  it('gives the phone of every client whose time changed in the results', () => {
    const moved = row(5, '12:00');
    const same = row(6, '14:00');
    const appointment = (start: string) => ({ id: 0, teamMemberId: 1, start, end: start }) as Appointment;
    const outcome = (id: number, start: string) => ({
      id,
      result: 'moved' as const,
      problem: null,
      conflictId: null,
      error: null,
      appointment: appointment(start),
    });
    render(
      <StaffOutResults
        applied={[
          { row: moved, outcome: outcome(5, at('12:30')) },
          { row: same, outcome: outcome(6, at('14:00')) },
        ]}
        zone={zone}
        members={members}
      />,
    );
    expect(screen.getByText('Time changed — tell the client: +12025550105')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the phone of Client 5' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy the phone of Client 6' })).toBeNull();
  });
});
