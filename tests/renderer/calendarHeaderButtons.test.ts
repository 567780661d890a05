import type { ResourceLabelMountArg } from '@fullcalendar/resource';
import { describe, expect, it } from 'vitest';
import {
  addHeaderButtons,
  hoursButtonTarget,
  reviewsButtonMember,
} from '../../renderer/src/features/calendar/resourceLabel';

/** A resource header cell as FullCalendar renders it (the week views give each day's cells a date). */
function header(date: string | null): HTMLElement {
  const th = document.createElement('th');
  th.dataset['resourceId'] = '1001';
  if (date) th.dataset['date'] = date;
  th.innerHTML = '<div class="fc-scrollgrid-sync-inner"><span>Emma Johnson</span></div>';
  document.body.append(th);
  addHeaderButtons({
    el: th,
    resource: { id: '1001', title: 'Emma Johnson' },
  } as unknown as ResourceLabelMountArg);
  return th;
}

describe('column header buttons', () => {
  it('name the member, carry the header’s date in week views, and are added once per header', () => {
    const week = header('2027-02-17');
    const hours = week.querySelector('button[aria-label="Working hours of Emma Johnson, Wed 17 Feb"]');
    // The tooltip isolates the name (U+2068…U+2069), so what follows it cannot be turned around.
    expect(hours?.getAttribute('title')).toBe('Working hours of \u2068Emma Johnson\u2069, Wed 17 Feb');
    expect(hoursButtonTarget(hours)).toEqual({ memberId: 1001, date: '2027-02-17' });
    expect(reviewsButtonMember(week.querySelector('button[aria-label="Reviews of Emma Johnson"]'))).toBe(
      1001,
    );
    expect(reviewsButtonMember(hours)).toBeNull();
    addHeaderButtons({
      el: week,
      resource: { id: '1001', title: 'Emma Johnson' },
    } as unknown as ResourceLabelMountArg);
    expect(week.querySelectorAll('button')).toHaveLength(2);

    const day = header(null);
    expect(day.querySelector('[data-member-hours]')?.getAttribute('aria-label')).toBe(
      'Working hours of Emma Johnson',
    );
    expect(hoursButtonTarget(day.querySelector('[data-member-hours]'))).toEqual({
      memberId: 1001,
      date: null,
    });
  });
});
