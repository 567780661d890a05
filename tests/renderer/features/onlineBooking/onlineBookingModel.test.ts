import { describe, expect, it } from 'vitest';
import { BridgeError } from '../../../../renderer/src/api';
import {
  dayKind,
  isOnlineBookingOff,
  lengthText,
  priceText,
  servicesByCategory,
} from '../../../../renderer/src/features/onlineBooking/model';
import type { OnlineServiceEntry } from '../../../../shared/contract/onlineBooking';

const service = (
  id: number,
  categoryId: number | null,
  notOffered: OnlineServiceEntry['notOffered'] = null,
) => ({
  id,
  title: `S${id}`,
  categoryId,
  priceMin: 10,
  priceMax: 10,
  durationSeconds: null,
  notOffered,
});

describe('the online-booking model', () => {
  it('groups services under their categories in order, unknown categories last', () => {
    const groups = servicesByCategory({
      categories: [
        { id: 2, title: 'Nails', weight: 1 },
        { id: 1, title: 'Hair', weight: 9 },
        { id: 3, title: 'Empty', weight: 0 },
      ],
      services: [service(10, 1), service(11, 2), service(12, 1, 'group'), service(13, null), service(14, 99)],
    });
    expect(groups.map((g) => [g.category?.title ?? null, g.services.map((s) => s.id)])).toEqual([
      ['Nails', [11]],
      ['Hair', [10, 12]],
      [null, [13, 14]],
    ]);
  });

  it('words prices and lengths without float artefacts', () => {
    expect(priceText({ priceMin: 65, priceMax: 85 }, 'USD')).toBe('$65–$85');
    expect(priceText({ priceMin: 40.5, priceMax: 40.5 }, 'USD')).toBe('$40.50');
    expect(priceText({ priceMin: 0.1 + 0.2, priceMax: 0.1 + 0.2 }, 'USD')).toBe('$0.30');
    expect(priceText({ priceMin: 0, priceMax: 0 }, 'USD')).toBe('Free');
    expect([900, 3600, 4500, 0].map(lengthText)).toEqual(['15 min', '1 h', '1 h 15 min', '0 min']);
  });

  it('tells a bookable day from a full one and from a day off', () => {
    const dates = { bookingDates: ['2027-01-12'], workingDates: ['2027-01-12', '2027-01-13'] };
    expect(['2027-01-12', '2027-01-13', '2027-01-17'].map((d) => dayKind(d, dates))).toEqual([
      'bookable',
      'full',
      'closed',
    ]);
  });

  it('recognises online booking switched off, and only that', () => {
    expect(
      isOnlineBookingOff(new BridgeError({ code: 'FORBIDDEN', params: { problem: 'online-booking-off' } })),
    ).toBe(true);
    expect(isOnlineBookingOff(new BridgeError({ code: 'FORBIDDEN', params: { reason: 'location' } }))).toBe(
      false,
    );
    expect(isOnlineBookingOff(new Error('online-booking-off'))).toBe(false);
  });
});
