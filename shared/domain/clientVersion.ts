import type { Client } from './client';
import { fingerprint } from './fingerprint';

/**
 * What a desk saw of a client, as one fingerprint, computed alike by the card and by main: everything
 * the card edits or shows as the client's own details. Visits, spending and balance change with every
 * payment, not with an edit, so they are left out; so is Altegio's whole-second timestamp.
 */
export function clientVersionOf(client: Client): string {
  const { visits: _visits, spent: _spent, balance: _balance, lastChangedAt: _changed, ...details } = client;
  return fingerprint(details);
}
