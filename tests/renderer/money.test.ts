import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../renderer/src/money';

describe('formatMoney', () => {
  it("shows an amount in the location's currency", () => {
    expect(formatMoney(40.500000001, 'USD')).toBe('$40.50');
    expect(formatMoney(1200, 'EUR')).toBe('€1,200');
    expect(formatMoney(9000, 'KZT')).toMatch(/^KZT\s9,000$/);
    expect(formatMoney(15, '₸')).toBe('15 ₸');
    expect(formatMoney(15.5, '')).toBe('15.50');
    expect(formatMoney(-0.001, 'USD')).toBe('$0');
  });
});
