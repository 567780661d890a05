import { normalisePhone } from '../../../../shared/domain/client';

/** "1 visit", "12 visits"; nothing when the count is not known. */
export function visitsText(count: number | null): string {
  if (count === null) return '';
  return count === 1 ? '1 visit' : `${count} visits`;
}

/** A new client from what was typed in the search: a phone-like text is the phone, anything else the name. */
export function newClientFromTyped(typed: string): { name: string; phone: string } {
  const text = typed.trim();
  const looksLikePhone = /^[+\d\s()-]{5,}$/.test(text);
  return { name: looksLikePhone ? '' : text, phone: looksLikePhone ? normalisePhone(text) : '' };
}
