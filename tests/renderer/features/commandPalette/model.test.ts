import { describe, expect, it } from 'vitest';
import spanish from '../../../../renderer/src/i18n/es/commandPalette.json';
import {
  matchesWords,
  readDate,
  readPhrase,
  readTime,
  type PhraseWords,
} from '../../../../renderer/src/features/commandPalette/model';
import { startAt } from '../../../../renderer/src/features/commandPalette/target';
import { phraseLanguages } from '../../../../renderer/src/features/commandPalette/words';

const [english] = phraseLanguages('en') as [PhraseWords];
const es: PhraseWords = { ...spanish['commandPalette/phrases'], locale: 'es' };
const both = [es, english];

// 2027-01-12 is a Tuesday; 2027-01-31 a Sunday at a month's end; 2027-03-14 the Sunday US clocks go forward.
const TUESDAY = '2027-01-12';
const MONTH_END_SUNDAY = '2027-01-31';
const DST_SUNDAY = '2027-03-14';

describe('reading a date', () => {
  it('names "next Tuesday" on a Tuesday a week on, and "Tuesday" today', () => {
    expect(readPhrase('go to next Tuesday', TUESDAY, [english])).toEqual({
      kind: 'goTo',
      date: '2027-01-19',
    });
    expect(readPhrase('go to tuesday', TUESDAY, [english])).toEqual({ kind: 'goTo', date: TUESDAY });
    expect(readPhrase('go to next Wednesday', TUESDAY, [english])).toEqual({
      kind: 'goTo',
      date: '2027-01-13',
    });
    expect(readPhrase('go to next Monday', TUESDAY, [english])).toEqual({ kind: 'goTo', date: '2027-01-18' });
  });

  it('crosses a month end and a Sunday', () => {
    expect(readDate('tomorrow', MONTH_END_SUNDAY, english)).toBe('2027-02-01');
    expect(readDate('next Sunday', MONTH_END_SUNDAY, english)).toBe('2027-02-07');
    expect(readDate('next Saturday', MONTH_END_SUNDAY, english)).toBe('2027-02-06');
    expect(readDate('today', MONTH_END_SUNDAY, english)).toBe(MONTH_END_SUNDAY);
  });

  it('goes over the day clocks change', () => {
    expect(readDate('tomorrow', '2027-03-13', english)).toBe(DST_SUNDAY);
    expect(readDate('next monday', DST_SUNDAY, english)).toBe('2027-03-15');
    expect(readDate('tomorrow', '2027-10-30', english)).toBe('2027-10-31');
  });

  it('reads a day and a month, in either order, in this year unless one is given', () => {
    expect(readDate('14 March', TUESDAY, english)).toBe('2027-03-14');
    expect(readDate('March 14th', TUESDAY, english)).toBe('2027-03-14');
    expect(readDate('the 1st of Feb', TUESDAY, english)).toBe('2027-02-01');
    expect(readDate('29 February 2028', TUESDAY, english)).toBe('2028-02-29');
    expect(readDate('2027-12-31', TUESDAY, english)).toBe('2027-12-31');
  });

  it('reads no date where there is none, and says which part it could not read', () => {
    expect(readDate('31 February', TUESDAY, english)).toBeNull();
    expect(readDate('29 February', TUESDAY, english)).toBeNull();
    expect(readDate('2027-02-30', TUESDAY, english)).toBeNull();
    expect(readDate('Smarch 3', TUESDAY, english)).toBeNull();
    expect(readPhrase('go to 31 February', TUESDAY, [english])).toEqual({
      kind: 'unclear',
      part: 'date',
      text: '31 february',
    });
  });
});

describe('reading a phrase', () => {
  it('books for a client, at a time or not, keeping the name as typed', () => {
    expect(readPhrase('new appointment for Anna at 15:00', TUESDAY, [english])).toEqual({
      kind: 'book',
      client: 'Anna',
      time: '15:00',
    });
    expect(readPhrase('New appointment for José Núñez at 3pm', TUESDAY, [english])).toEqual({
      kind: 'book',
      client: 'José Núñez',
      time: '15:00',
    });
    expect(readPhrase('book Anna', TUESDAY, [english])).toEqual({ kind: 'book', client: 'Anna', time: null });
    expect(readPhrase('new appointment for Anna at 25:00', TUESDAY, [english])).toEqual({
      kind: 'unclear',
      part: 'time',
      text: '25:00',
    });
  });

  it('opens the walk-in finder with a service', () => {
    expect(readPhrase('walk-in haircut', TUESDAY, [english])).toEqual({ kind: 'walkIn', service: 'haircut' });
    expect(readPhrase('Walk in Men’s Haircut', TUESDAY, [english])).toEqual({
      kind: 'walkIn',
      service: 'Men’s Haircut',
    });
  });

  it('reads Spanish phrases, and English ones while Spanish is shown', () => {
    expect(readPhrase('nueva cita para Ana a las 15:00', TUESDAY, both)).toEqual({
      kind: 'book',
      client: 'Ana',
      time: '15:00',
    });
    expect(readPhrase('ir al próximo martes', TUESDAY, both)).toEqual({ kind: 'goTo', date: '2027-01-19' });
    expect(readPhrase('ir a mañana', MONTH_END_SUNDAY, both)).toEqual({ kind: 'goTo', date: '2027-02-01' });
    expect(readPhrase('ir al 14 de marzo', TUESDAY, both)).toEqual({ kind: 'goTo', date: '2027-03-14' });
    expect(readPhrase('sin cita corte', TUESDAY, both)).toEqual({ kind: 'walkIn', service: 'corte' });
    expect(readPhrase('go to next Tuesday', TUESDAY, both)).toEqual({ kind: 'goTo', date: '2027-01-19' });
  });

  it('is no phrase when it is a name or a screen', () => {
    expect(readPhrase('anna', TUESDAY, both)).toBeNull();
    expect(readPhrase('go to settings', TUESDAY, [english])).toEqual({
      kind: 'unclear',
      part: 'date',
      text: 'settings',
    });
  });
});

describe('times', () => {
  it('reads the usual ways of writing a time and refuses the rest', () => {
    expect(readTime('9')).toBe('09:00');
    expect(readTime('9.30')).toBe('09:30');
    expect(readTime('15h')).toBe('15:00');
    expect(readTime('12am')).toBe('00:00');
    expect(readTime('12pm')).toBe('12:00');
    expect(readTime('13pm')).toBeNull();
    expect(readTime('10:75')).toBeNull();
    expect(readTime('noon')).toBeNull();
  });

  it('places a time on a day at the location, a time the clocks skip moved on', () => {
    expect(startAt(DST_SUNDAY, '15:00', 'America/New_York')).toBe('2027-03-14T15:00:00-04:00');
    expect(startAt(DST_SUNDAY, '02:30', 'America/New_York')).toBe('2027-03-14T03:30:00-04:00');
    expect(startAt('2027-03-13', '15:00', 'America/New_York')).toBe('2027-03-13T15:00:00-05:00');
  });
});

describe('the palette filter', () => {
  it('wants every word typed, accents and case aside', () => {
    expect(matchesWords('jose hair', 'José Núñez', "Men's haircut")).toBe(true);
    expect(matchesWords('jose colour', 'José Núñez', "Men's haircut")).toBe(false);
    expect(matchesWords('', 'anything')).toBe(true);
  });
});
