import { describe, expect, it } from 'vitest';
import { SALON_ID, freshPhone } from '../../support/demoSalon';
import { useHarness } from './harness';

// The enrolments listing is inferred, not documented: this Altegio answers it with a 404.
const h = useHarness({ listsClientSchedules: false });

describe('schedules where Altegio does not list enrolments', () => {
  it('still lists the schedules, saying who is enrolled is not known, and still enrols', async () => {
    const { schedules } = await h.invoke('schedules.list', { locationId: SALON_ID });
    const nail = schedules.find((s) => s.serviceTitle.startsWith('Nail art'));
    if (!nail) throw new Error('no nail art schedule');
    expect(nail.enrolmentsListed).toBe(false);
    expect(nail.enrolments).toEqual([]);

    const tue = nail.schedule.days.find((d) => d.weekday === 'tue');
    const result = await h.invoke('schedules.enrol', {
      locationId: SALON_ID,
      eventId: nail.schedule.eventId,
      scheduleId: nail.schedule.id,
      client: { name: 'Unlisted Enrolment', phone: freshPhone() },
      dayIds: [tue?.id ?? 0],
    });
    expect(result.appointments.length).toBeGreaterThan(0);
    expect(result.overview.enrolmentsListed).toBe(false);
    const stored = await h.http.get(`/records/${SALON_ID}?client_id=${result.clientId}&count=200`);
    expect(
      (stored.body.data as Array<{ activity_id: number }>).filter((r) => r.activity_id > 0),
    ).toHaveLength(result.appointments.length);
  });
});
