import { describe, expect, it } from 'vitest';
import { sumMoney, timesQuantity } from '../../shared/domain/money';

describe('money', () => {
  it('adds up in cents, so float sums show no artefacts', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney([0.1, 0.2])).toBe(0.3);
    expect(sumMoney([13.5, 13.5, 13.5])).toBe(40.5);
    expect(sumMoney(Array.from({ length: 1000 }, () => 0.01))).toBe(10);
    expect(sumMoney([])).toBe(0);
  });

  it('multiplies a unit price by a quantity to the cent', () => {
    expect(timesQuantity(19.99, 3)).toBe(59.97);
    expect(timesQuantity(0.1, 3)).toBe(0.3);
  });
});
