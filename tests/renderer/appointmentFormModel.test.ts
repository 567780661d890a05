import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../shared/domain/customField';
import type { Service } from '../../shared/domain/service';
import {
  BREAK_CHOICES,
  breakChoiceOf,
  breakSecondsOf,
  customFieldToForm,
  customFieldToWire,
  durationFor,
  emptyForm,
  formFieldOf,
  lineCost,
  toAppointmentInput,
  totalCost,
  type AppointmentFormValues,
} from '../../renderer/src/features/appointments/formModel';
import { appointmentFormSchema, messages } from '../../renderer/src/features/appointments/formSchema';

const service = (id: number, minutes: number, members: Array<[number, number]>): Service => ({
  id,
  title: `Service ${id}`,
  categoryId: 1,
  priceMin: 50,
  priceMax: 60,
  durationSeconds: minutes * 60,
  technicalBreakSeconds: null,
  active: true,
  capacity: 1,
  weight: 0,
  comment: '',
  teamMembers: members.map(([teamMemberId, m]) => ({ teamMemberId, durationSeconds: m * 60 })),
});

const field = (code: string, type: CustomField['type'], values: string[] = []): CustomField => ({
  id: 1,
  category: 'record',
  code,
  title: code,
  type,
  values,
  showInUi: true,
  userCanEdit: true,
});

const fields = [
  field('notes', 'text'),
  field('grams', 'number'),
  field('hair', 'select', ['Fine', 'Thick']),
  field('products', 'list', ['Mask', 'Serum']),
  field('patch', 'date'),
  field('consult', 'datetime'),
];

const catalog = [service(1, 60, [[7, 45]]), service(2, 30, [])];
const line = (serviceId: number, firstCost = 50, discountPercent = 0) => ({
  serviceId,
  title: `Service ${serviceId}`,
  firstCost,
  discountPercent,
});

function validForm(overrides: Partial<AppointmentFormValues> = {}): AppointmentFormValues {
  return {
    ...emptyForm(
      { teamMemberId: 7, start: '2027-02-02T10:00:00-05:00', end: '2027-02-02T11:00:00-05:00' },
      fields,
    ),
    client: { mode: 'new', id: null, name: 'Nora', phone: '+1 212 555 0199', email: '', visitsCount: null },
    ...overrides,
  };
}

describe('the booking form model', () => {
  it('adds up the team member’s own lengths, the others’ defaults, and the break', () => {
    expect(durationFor([line(1), line(2)], catalog, 7, 'default')).toBe(75);
    expect(durationFor([line(1), line(2)], catalog, 8, '15')).toBe(105);
    expect(durationFor([], catalog, 7, '15')).toBeNull();
  });

  it('offers the default, none and 5 to 60 minutes in steps of 5', () => {
    expect(BREAK_CHOICES).toEqual([
      'default',
      '0',
      '5',
      '10',
      '15',
      '20',
      '25',
      '30',
      '35',
      '40',
      '45',
      '50',
      '55',
      '60',
    ]);
    expect(breakSecondsOf('default')).toBeNull();
    expect(breakSecondsOf('15')).toBe(900);
    expect(breakChoiceOf(3600)).toBe('60');
    expect(breakChoiceOf(null)).toBe('default');
  });

  it('prices each line after its discount and totals them', () => {
    expect(lineCost(line(1, 45, 10))).toBe(40.5);
    expect(totalCost([line(1, 65), line(2, 45, 10)])).toBe(105.5);
  });

  it('turns each custom-field input into what Altegio stores, and back', () => {
    const [notes, grams, hair, products, patch, consult] = fields as [
      CustomField,
      ...CustomField[],
    ] as CustomField[];
    expect(customFieldToWire(notes!, ' hello ')).toBe('hello');
    expect(customFieldToWire(grams!, '12,5')).toBe(12.5);
    expect(customFieldToWire(hair!, 'Fine')).toEqual(['Fine']);
    expect(customFieldToWire(products!, ['Mask', 'Serum'])).toEqual(['Mask', 'Serum']);
    expect(customFieldToWire(patch!, '2027-01-20')).toBe('2027-01-20');
    expect(customFieldToWire(consult!, '2027-01-25T15:30')).toBe('2027-01-25 15:30:00');
    expect(customFieldToWire(notes!, '')).toBeNull();
    expect(customFieldToWire(products!, [])).toBeNull();
    expect(customFieldToForm(consult!, '2027-01-25 15:30:00')).toBe('2027-01-25T15:30');
    expect(customFieldToForm(hair!, ['Thick'])).toBe('Thick');
    expect(customFieldToForm(grams!, 3)).toBe('3');
    expect(customFieldToForm(products!, undefined)).toEqual([]);
  });

  it('maps the form to the appointment input: phone normalised, break in seconds, empties left out', () => {
    const values = validForm({
      services: [line(1, 45, 10)],
      durationMinutes: 75,
      breakChoice: '15',
      customFields: { ...validForm().customFields, grams: '2', products: ['Mask'] },
      externalId: ' EXT ',
    });
    const input = toAppointmentInput(values, fields, 'create');
    expect(input).toMatchObject({
      teamMemberId: 7,
      durationSeconds: 4500,
      technicalBreakSeconds: 900,
      services: [{ id: 1, firstCost: 45, discountPercent: 10, cost: 40.5, amount: 1 }],
      client: { name: 'Nora', phone: '+12125550199' },
      customFields: { grams: 2, products: ['Mask'] },
      apiId: 'EXT',
    });
    expect(toAppointmentInput(values, fields, 'edit').customFields).toMatchObject({ notes: null, grams: 2 });
  });

  it('puts main’s field errors under the right input', () => {
    expect(formFieldOf('durationSeconds')).toBe('durationMinutes');
    expect(formFieldOf('technicalBreakSeconds')).toBe('breakChoice');
    expect(formFieldOf('client.phone')).toBe('client.phone');
    expect(formFieldOf('customFields.hair')).toBe('customFields.hair');
    expect(formFieldOf('services.1.id')).toBe('services');
    expect(formFieldOf('apiId')).toBe('externalId');
    expect(formFieldOf('somethingElse')).toBeNull();
  });
});

describe('the booking form validation', () => {
  const schema = appointmentFormSchema(fields);
  const problems = (values: AppointmentFormValues) => {
    const result = schema.safeParse(values);
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('accepts a complete form', () => {
    expect(problems(validForm())).toEqual({});
  });

  it('says what is wrong with each input', () => {
    const base = validForm();
    expect(
      problems({
        ...base,
        client: { ...base.client, name: ' ', phone: '12345', email: 'nope' },
        teamMemberId: 0,
        start: '',
        durationMinutes: 10,
        breakChoice: '15',
        smsReminderHours: -1,
        services: [line(1, -5, 120)],
        customFields: { ...base.customFields, grams: 'twelve', notes: 'x'.repeat(256), hair: 'Purple' },
      }),
    ).toEqual({
      'client.name': messages.clientName,
      'client.phone': messages.phone,
      'client.email': messages.email,
      teamMemberId: messages.teamMember,
      start: messages.start,
      durationMinutes: messages.longerThanBreak,
      smsReminderHours: messages.reminder,
      'services.0.firstCost': messages.price,
      'services.0.discountPercent': messages.discount,
      'customFields.grams': messages.number,
      'customFields.notes': messages.text,
      'customFields.hair': messages.choice,
    });
    expect(problems({ ...base, client: { ...base.client, mode: 'existing', id: null } })).toEqual({
      'client.name': messages.pickClient,
    });
    expect(problems({ ...base, durationMinutes: Number.NaN })).toEqual({
      durationMinutes: messages.wholeMinutes,
    });
    expect(problems({ ...base, durationMinutes: 3 })).toEqual({ durationMinutes: messages.tooShort });
  });
});
