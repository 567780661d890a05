import { describe, expect, it } from 'vitest';
import { EMMA, QUIET_DAY, SALON_ID } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

describe('team handlers', () => {
  it('lists the members with a column: not fired, not removed, hidden ones included', async () => {
    const staff = (await h.http.get(`/staff/${SALON_ID}`)).body.data as Array<{
      id: number;
      fired: number;
      status: number;
      hidden: number;
    }>;
    const members = await h.invoke('team.list', { locationId: SALON_ID });
    const expected = staff
      .filter((member) => !member.fired && member.status !== 1)
      .map((member) => member.id);
    expect(members.map((member) => member.id).sort()).toEqual(expected.sort());
    // The seed has members Altegio lists but the calendar must not show…
    expect(staff.length).toBeGreaterThan(members.length);
    // …and one hidden from online booking who still works at the desk.
    expect(members.some((member) => member.hiddenOnline)).toBe(true);
  });

  it('gives each member’s working hours of a day', async () => {
    const hours = await h.invoke('team.workingHours', {
      locationId: SALON_ID,
      from: QUIET_DAY,
      to: QUIET_DAY,
    });
    expect(hours.find((day) => day.teamMemberId === EMMA)?.intervals).toHaveLength(2);
  });
});
