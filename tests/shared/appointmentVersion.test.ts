import { describe, expect, it } from 'vitest';
import type { Client } from '../../shared/domain/client';
import { changedAspects, versionOf } from '../../shared/domain/appointmentVersion';
import { clientVersionOf } from '../../shared/domain/clientVersion';
import { appointment } from '../support/appointmentFixture';

const service = (id: number, cost: number) => ({
  id,
  title: `Service ${id}`,
  cost,
  firstCost: cost,
  discountPercent: 0,
  amount: 1,
});
const emma = { id: 7, name: 'Emma Stone', phone: '+12025550101', email: 'emma@example.com' };
const seen = appointment(1, {
  client: emma,
  services: [service(3, 40), service(2, 25)],
  customFields: { product_grams: 5, hair_type: ['Fine'], stylist_notes: 'short' },
  apiId: 'crm-17',
});
const changesOf = (other: Partial<typeof seen>) =>
  changedAspects(versionOf(seen), versionOf({ ...seen, ...other }));

describe('what two desks compare of an appointment', () => {
  it('names a change of the external id and of the client’s name, phone or e-mail', () => {
    expect(changesOf({ apiId: 'crm-18' })).toEqual(['externalId']);
    expect(changesOf({ apiId: null })).toEqual(['externalId']);
    expect(changesOf({ client: { ...emma, name: 'Emma Jones' } })).toEqual(['clientDetails']);
    expect(changesOf({ client: { ...emma, phone: '+12025550199' } })).toEqual(['clientDetails']);
    expect(changesOf({ client: { ...emma, email: '' } })).toEqual(['clientDetails']);
    // Another client: named once, as the client.
    expect(changesOf({ client: { ...emma, id: 8, name: 'Liam Neeson' } })).toEqual(['client']);
    expect(changesOf({ client: null })).toEqual(['client']);
  });

  it('reads the same record the same however a reply orders services or types custom-field values', () => {
    expect(changesOf({ services: [service(2, 25), service(3, 40)] })).toEqual([]);
    expect(
      changesOf({ customFields: { stylist_notes: 'short', hair_type: ['Fine'], product_grams: '5' } }),
    ).toEqual([]);
    expect(changesOf({ services: [service(2, 25), service(3, 45)] })).toEqual(['services']);
    expect(changesOf({ customFields: { ...seen.customFields, product_grams: 6 } })).toEqual(['customFields']);
  });
});

describe('what two desks compare of a client', () => {
  const client: Client = {
    id: 7,
    name: 'Emma',
    surname: 'Stone',
    patronymic: '',
    phone: '+12025550101',
    email: '',
    card: '',
    birthDate: null,
    gender: 'female',
    importance: 0,
    labels: [
      { id: 4, title: 'VIP', colour: '#ff0000' },
      { id: 2, title: 'Regular', colour: '#00ff00' },
    ],
    discountPercent: 0,
    comment: '',
    visits: 3,
    spent: 120,
    balance: 0,
    customFields: { allergies: 'none' },
    lastChangedAt: null,
  };

  it('counts labels by id, so renaming or recolouring a label in Settings is no change', () => {
    const renamed = {
      ...client,
      labels: [
        { id: 2, title: 'Loyal', colour: '#0000ff' },
        { id: 4, title: 'VIP', colour: '#ff0000' },
      ],
    };
    expect(clientVersionOf(renamed)).toBe(clientVersionOf(client));
    expect(clientVersionOf({ ...client, labels: client.labels.slice(1) })).not.toBe(clientVersionOf(client));
    expect(clientVersionOf({ ...client, name: 'Emily' })).not.toBe(clientVersionOf(client));
  });
});
