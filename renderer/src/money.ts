import { createContext, useContext } from 'react';
import { useOpenLocation } from './features/session';
import { locale } from './i18n';

const formatters = new Map<string, Intl.NumberFormat>();
const isCode = (currency: string) => /^[A-Z]{3}$/.test(currency);

function formatterFor(currency: string, cents: boolean): Intl.NumberFormat {
  // Written as the language shown writes numbers: "$1,200.50" in English, "1200,50 US$" in Spanish.
  const language = locale.get();
  const key = `${language}:${currency}:${cents}`;
  let formatter = formatters.get(key);
  if (formatter) return formatter;
  const digits = { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 };
  try {
    formatter = new Intl.NumberFormat(
      language,
      isCode(currency) ? { style: 'currency', currency, ...digits } : digits,
    );
  } catch {
    formatter = new Intl.NumberFormat(language, digits);
  }
  formatters.set(key, formatter);
  return formatter;
}

/**
 * An amount in the location's currency: "$40.50", "€1,200", "KZT 9,000"; a symbol Altegio sends instead
 * of a code ("₸") follows the number. Rounded to the cent, so float sums never show their artefacts;
 * whole amounts go without ".00".
 */
export function formatMoney(amount: number, currency: string): string {
  const cents = Math.round(amount * 100);
  const rounded = cents === 0 ? 0 : cents / 100;
  const text = formatterFor(currency, cents % 100 !== 0).format(rounded);
  return currency && !isCode(currency) ? `${text} ${currency}` : text;
}

/**
 * The currency of the location a part of the screen is about, where that is not the open location (a
 * chain view's drawer and dialogs for another location's appointment).
 */
export const LocationCurrency = createContext<string | null>(null);

/** The currency of the location shown: the open location's ('' before one is open) unless said otherwise. */
export function useCurrency(): string {
  const shown = useContext(LocationCurrency);
  const open = useOpenLocation()?.currency ?? '';
  return shown ?? open;
}
