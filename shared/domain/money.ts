/**
 * Money is added up in minor units (cents), so that 0.1 + 0.2 stays 0.3 and a day's total never reads
 * 40.500000001. Altegio sends amounts as floats with at most two decimals.
 */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function sumMoney(amounts: Iterable<number>): number {
  let cents = 0;
  for (const amount of amounts) cents += toCents(amount);
  return cents / 100;
}

/** A unit price times a quantity, rounded to the cent. */
export function timesQuantity(price: number, quantity: number): number {
  return Math.round(price * quantity * 100) / 100;
}
