import { describe, expect, it } from 'vitest';
import { SALON_ID } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

describe('customFields handlers', () => {
  it('lists the appointment fields and the client fields', async () => {
    const forRecords = await h.invoke('customFields.list', { locationId: SALON_ID, category: 'record' });
    expect(forRecords.map((field) => [field.code, field.type])).toEqual([
      ['stylist_notes', 'text'],
      ['product_grams', 'number'],
      ['hair_type', 'select'],
      ['patch_test_date', 'date'],
    ]);
    const forClients = await h.invoke('customFields.list', { locationId: SALON_ID, category: 'client' });
    expect(forClients.every((field) => field.category === 'client')).toBe(true);
  });
});
