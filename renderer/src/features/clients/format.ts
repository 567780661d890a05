import type { AppointmentStatus } from '../../../../shared/domain/appointment';
import { normalisePhone } from '../../../../shared/domain/client';
import { formatWhen, statusNames } from '../../format';
import { i18n, plural } from '../../i18n';

const messages = i18n('clients/format', {
  visits: plural({ one: '{count} visit', other: '{count} visits' }),
  noName: 'No name',
});

/** "1 visit", "12 visits"; nothing when the count is not known. */
export function visitsText(count: number | null): string {
  if (count === null) return '';
  return messages.get().visits(count);
}

/** A new client from what was typed in the search: a phone-like text is the phone, anything else the name. */
export function newClientFromTyped(typed: string): { name: string; phone: string } {
  const text = typed.trim();
  const looksLikePhone = /^[+\d\s()-]{5,}$/.test(text);
  return { name: looksLikePhone ? '' : text, phone: looksLikePhone ? normalisePhone(text) : '' };
}

/** "Tue 2 Feb 2027, 10:00 · Arrived" in the location's zone. */
export function visitLine(start: string, status: AppointmentStatus, zone: string): string {
  return `${formatWhen(start, zone)} · ${statusNames[status]}`;
}

/** Name and surname, as the desk calls the client. */
export function fullName(client: { name: string; surname: string }): string {
  return [client.name, client.surname].filter(Boolean).join(' ') || messages.get().noName;
}
