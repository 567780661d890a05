import { describe, expect, it } from 'vitest';
import { BridgeError } from '../../../../renderer/src/api';
import {
  bookingFailure,
  clientProblems,
  findFailureText,
  notProvidedText,
  refusedClientFields,
  timeText,
  waitText,
} from '../../../../renderer/src/features/walkIn/model';

describe('walk-in model', () => {
  it('words the wait', () => {
    expect([0, -1, 1, 15, 59, 60, 65, 125].map(waitText)).toEqual([
      'now',
      'now',
      'in 1 min',
      'in 15 min',
      'in 59 min',
      'in 1 h',
      'in 1 h 05 min',
      'in 2 h 05 min',
    ]);
  });

  it('shows times on the location’s clock, with the day when it is not today there', () => {
    // 23:30 in New York is already tomorrow in UTC.
    expect(timeText('2027-02-28T23:30:00-05:00', 'America/New_York', '2027-02-28')).toBe('23:30');
    expect(timeText('2027-03-01T04:45:00Z', 'America/New_York', '2027-02-28')).toBe('23:45');
    expect(timeText('2027-03-01T15:00:00Z', 'America/New_York', '2027-02-28')).toBe('Mon 1 Mar, 10:00');
  });

  it('names the services nobody does', () => {
    expect(notProvidedText(['Beard trim'])).toMatch(/^Nobody here does Beard trim /);
    expect(notProvidedText(['Beard trim', 'Hot towel'])).toMatch(
      /^Nobody here does Beard trim or Hot towel /,
    );
  });

  it('asks for a name and a real phone', () => {
    expect(clientProblems({ name: ' ', phone: '12' })).toEqual({
      name: 'Enter the client’s name.',
      phone: 'Enter a phone number with 9 to 15 digits.',
    });
    expect(clientProblems({ name: 'Pat', phone: '+1 202 555 0123' })).toEqual({});
  });

  it('tells a taken time, a past time and online booking off apart', () => {
    const busy = new BridgeError({ code: 'SLOT_BUSY', params: { problem: 'busy' } });
    expect(bookingFailure(busy)).toMatchObject({
      problem: 'busy',
      text: expect.stringMatching(/took this time/),
    });
    // A create that Altegio refuses as busy (no problem param) is the same to the desk.
    expect(bookingFailure(new BridgeError({ code: 'SLOT_BUSY' })).problem).toBe('busy');
    const past = new BridgeError({ code: 'VALIDATION', params: { problem: 'past' } });
    expect(bookingFailure(past)).toMatchObject({
      problem: 'past',
      text: expect.stringMatching(/has passed/),
    });
    const off = new BridgeError({ code: 'FORBIDDEN', params: { problem: 'online-booking-off' } });
    expect(findFailureText(off)).toMatch(/switched off.*calendar instead/);
    expect(bookingFailure(new BridgeError({ code: 'NETWORK' })).problem).toBeNull();
  });

  it('puts Altegio’s refusal of the phone at the phone field', () => {
    const refused = new BridgeError({
      code: 'VALIDATION',
      detail: {
        message: 'An error has occurred.',
        fields: { 'client.phone': 'phone must contain 9 to 15 digits' },
      },
    });
    expect(refusedClientFields(refused)).toEqual({ phone: 'phone must contain 9 to 15 digits' });
    expect(refusedClientFields(new BridgeError({ code: 'NETWORK' }))).toEqual({});
  });
});
