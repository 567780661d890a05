import { describe, expect, it } from 'vitest';
import { SALON_ID } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

describe('labels handlers', () => {
  it('lists an appointment’s labels with the common ones, and a client’s separately', async () => {
    const forAppointments = await h.invoke('labels.list', { locationId: SALON_ID, target: 'appointment' });
    expect(forAppointments.map((label) => label.title).sort()).toEqual(['Deposit paid', 'New client', 'VIP']);
    expect(forAppointments.every((label) => label.entity === 'record' || label.entity === 'common')).toBe(
      true,
    );
    const forClients = await h.invoke('labels.list', { locationId: SALON_ID, target: 'client' });
    expect(forClients.every((label) => label.entity === 'client' || label.entity === 'common')).toBe(true);
  });
});
