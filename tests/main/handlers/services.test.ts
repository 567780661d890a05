import { describe, expect, it } from 'vitest';
import { EMMA, SALON_ID } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

describe('services handlers', () => {
  it('lists the services with each member’s own length', async () => {
    const services = await h.invoke('services.list', { locationId: SALON_ID });
    const haircut = services.find((service) => service.title === "Women's haircut");
    expect(haircut?.teamMembers.map((link) => link.teamMemberId)).toContain(EMMA);
    // Real shapes read too: no length of its own (Altegio's default hour stands in), and inactive.
    const wire = (await h.http.get(`/company/${SALON_ID}/services/`)).body.data as Array<{
      id: number;
      duration: number;
      active: number;
    }>;
    const lengthless = wire.find((service) => service.duration === 0);
    const inactive = wire.find((service) => service.active === 0);
    expect(services.find((service) => service.id === lengthless?.id)?.durationSeconds).toBe(3600);
    expect(services.find((service) => service.id === inactive?.id)?.active).toBe(false);
  });
});
