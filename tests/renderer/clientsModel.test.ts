import { describe, expect, it } from 'vitest';
import {
  checkClientForm,
  clientForm,
  noShowsText,
  rebaseForm,
  upcomingText,
} from '../../renderer/src/features/clients/model';
import type { Client } from '../../shared/domain/client';
import type { CustomField } from '../../shared/domain/customField';

const field = (code: string, type: CustomField['type'], extra: Partial<CustomField> = {}): CustomField => ({
  id: code.length,
  category: 'client',
  code,
  title: code,
  type,
  values: [],
  showInUi: true,
  userCanEdit: true,
  ...extra,
});

const fields = [
  field('allergies', 'text'),
  field('shoe_size', 'number'),
  field('tier', 'select', { values: ['Gold', 'Silver'] }),
  field('last_visit', 'datetime'),
  field('hidden', 'text', { showInUi: false }),
];

const client: Client = {
  id: 7,
  name: 'Ada',
  surname: 'Lovelace',
  patronymic: '',
  phone: '+12025550100',
  email: 'ada@example.com',
  card: '',
  birthDate: '--12-10',
  gender: 'female',
  importance: 0,
  labels: [],
  discountPercent: 0,
  comment: '',
  visits: 3,
  spent: 120,
  balance: 0,
  customFields: { allergies: 'Latex', last_visit: '2027-01-05 11:30:00', hidden: 'keep me', tier: ['Gold'] },
  lastChangedAt: null,
};

describe('the client card’s edit form', () => {
  it('starts from the client, with datetimes as the input holds them and no hidden fields', () => {
    const form = clientForm(client, fields);
    expect(form.customFields).toEqual({
      allergies: 'Latex',
      shoe_size: '',
      tier: 'Gold',
      last_visit: '2027-01-05T11:30',
    });
  });

  it('sends only the fields the desk changed, in the shape Altegio takes', () => {
    const initial = clientForm(client, fields);
    const checked = checkClientForm(
      {
        ...initial,
        phone: '+1 (202) 555-0101',
        customFields: { ...initial.customFields, shoe_size: '38,5', allergies: '' },
      },
      initial,
      fields,
    );
    // Name and e-mail are left out: Altegio keeps what it has, whoever changed it meanwhile.
    expect(checked).toEqual({
      changes: { phone: '+12025550101', customFields: { shoe_size: 38.5, allergies: null } },
    });
    // Nothing changed: nothing to send but an empty set of fields.
    expect(checkClientForm(initial, initial, fields)).toEqual({ changes: { customFields: {} } });
  });

  it('takes a list field’s single typed value as a one-item list, as the booking dialog does', () => {
    const withList = [...fields, field('products', 'list', { values: ['Mask', 'Serum'] })];
    const initial = clientForm(client, withList);
    expect(initial.customFields.products).toEqual([]);
    const checked = checkClientForm(
      { ...initial, customFields: { ...initial.customFields, products: 'Mask' } },
      initial,
      withList,
    );
    expect(checked).toEqual({ changes: { customFields: { products: ['Mask'] } } });
    expect(
      checkClientForm(
        { ...initial, customFields: { ...initial.customFields, products: 'Wax' } },
        initial,
        withList,
      ),
    ).toEqual({ errors: { 'customFields.products': 'Not one of this field’s values.' } });
  });

  it('keeps what was typed over a fresh read of the client, taking the rest from it', () => {
    const initial = clientForm(client, fields);
    const typed = {
      ...initial,
      phone: '+12025550199',
      customFields: { ...initial.customFields, tier: 'Silver' },
    };
    const fresh = clientForm(
      { ...client, name: 'Ada K', customFields: { ...client.customFields, allergies: 'None' } },
      fields,
    );
    expect(rebaseForm(typed, initial, fresh)).toEqual({
      ...fresh,
      phone: '+12025550199',
      customFields: { ...fresh.customFields, tier: 'Silver' },
    });
  });

  it('names every problem at its input', () => {
    const initial = clientForm(client, fields);
    const checked = checkClientForm(
      {
        name: ' ',
        phone: '555-01',
        email: 'ada@',
        customFields: { ...initial.customFields, shoe_size: 'big', tier: 'Bronze' },
      },
      initial,
      fields,
    );
    expect(checked).toEqual({
      errors: {
        name: 'Enter the client’s name.',
        phone: 'Enter a phone number with 9 to 15 digits.',
        email: 'Not a valid e-mail address.',
        'customFields.shoe_size': 'Must be a number.',
        'customFields.tier': 'Not one of this field’s values.',
      },
    });
  });
});

describe('the alert words', () => {
  it('count no-shows and say what comes next in the location’s zone', () => {
    expect([noShowsText(0), noShowsText(1), noShowsText(3)]).toEqual([
      'No no-shows in the last 12 months',
      '1 no-show in the last 12 months',
      '3 no-shows in the last 12 months',
    ]);
    expect(upcomingText(undefined, 0, 'America/New_York')).toBe('No upcoming appointments');
    expect(upcomingText('2027-03-14T08:00:00Z', 3, 'America/New_York')).toBe(
      'Next: Sun 14 Mar, 04:00 and 2 more',
    );
  });
});
