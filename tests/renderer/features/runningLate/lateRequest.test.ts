import { describe, expect, it } from 'vitest';
import { lateRequest } from '../../../../renderer/src/features/runningLate/model';
import { EMMA, SALON_ID, SALON_ZONE } from '../../../support/demoSalon';

const form = (date: string, time: string) =>
  lateRequest({ teamMemberId: EMMA, date, time, minutes: '20', mode: 'all' }, SALON_ID, SALON_ZONE);

describe('running late: the "from" time on a day the clocks change', () => {
  it('names a time the clocks skip (spring forward) at the field', () => {
    expect(form('2027-03-14', '02:30')).toEqual({
      request: null,
      problems: { time: 'issue.runningLate.timeSkipped' },
    });
    expect(form('2027-03-14', '03:30').request?.from).toBe('2027-03-14T03:30:00-04:00');
  });

  it('names a time the clocks show twice (fall back) at the field', () => {
    expect(form('2027-11-07', '01:30')).toEqual({
      request: null,
      problems: { time: 'issue.runningLate.timeTwice' },
    });
    expect(form('2027-11-07', '02:30').request?.from).toBe('2027-11-07T02:30:00-05:00');
  });
});
