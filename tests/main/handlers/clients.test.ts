import { describe, expect, it } from 'vitest';
import { LIAM, SALON_ID, SALON_TODAY, addDays, salonTime } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

describe('clients handlers', () => {
  it('finds clients, and a client’s last visits newest first', async () => {
    expect(await h.invoke('clients.search', { locationId: SALON_ID, text: 'Nobody Byname' })).toEqual([]);
    const start = salonTime(addDays(SALON_TODAY, -60), '10:00');
    const created = await h.invoke('appointments.create', {
      locationId: SALON_ID,
      input: {
        teamMemberId: LIAM,
        start,
        durationSeconds: 3600,
        technicalBreakSeconds: null,
        services: [],
        client: { name: 'Visit Keeper', phone: '+12025550155' },
      },
      saveIfBusy: true,
    });
    const clientId = created.client?.id ?? 0;
    const found = await h.invoke('clients.search', { locationId: SALON_ID, text: 'Visit Keeper' });
    expect(found.map((hit) => [hit.id, hit.phone])).toEqual([[clientId, '+12025550155']]);
    const visits = await h.invoke('clients.recentVisits', { locationId: SALON_ID, clientId });
    expect(visits.map((visit) => [visit.id, visit.start])).toEqual([[created.id, start]]);
  });

  it('reads a birthday kept without its year as one', async () => {
    const clients = (await h.http.get(`/clients/${SALON_ID}?count=200`)).body.data as Array<{
      id: number;
      name: string;
      birth_date: string;
    }>;
    const yearless = clients.find((client) => /^1900-(?!01-01)/.test(client.birth_date));
    expect(yearless).toBeDefined();
    const client = await h.atSalon((api, location) => api.clients.get(location, yearless?.id ?? 0));
    expect(client.birthDate).toBe(`--${yearless?.birth_date.slice(5)}`);
  });
});
