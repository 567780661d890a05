import type { Client } from './client';
import { comparableCustomFields, fingerprint } from './fingerprint';

/**
 * What a desk saw of a client, as one fingerprint, computed alike by the card and by main: everything
 * the card edits or shows as the client's own details. Visits, spending and balance change with every
 * payment, not with an edit, so they are left out; so is Altegio's whole-second timestamp. Labels count
 * by id: renaming or recolouring a label in Settings is no change to the client.
 */
export function clientVersionOf(client: Client): string {
  const { visits: _visits, spent: _spent, balance: _balance, lastChangedAt: _changed, ...details } = client;
  return fingerprint({
    ...details,
    labels: details.labels.map((label) => label.id).sort((x, y) => x - y),
    customFields: comparableCustomFields(details.customFields),
  });
}
