import type { Store } from '../store/store';
import type { Client, Location } from '../store/types';
import { formatChangeDate } from '../time';
import { labelToWire } from './labels';

const SEX = ['unknown', 'male', 'female'];
const IMPORTANCE = ['no importance class', 'bronze', 'silver', 'gold'];

export interface ClientStats {
  visits: number;
  noShows: number;
  lastVisitLocal: string;
  firstVisitLocal: string;
}

/** Visit counts of the given clients, from their own records. */
export function clientStats(
  store: Store,
  clientIds: Iterable<number>,
  nowMs: number,
): Map<number, ClientStats> {
  const stats = new Map<number, ClientStats>();
  for (const clientId of new Set(clientIds)) {
    const entry: ClientStats = { visits: 0, noShows: 0, lastVisitLocal: '', firstVisitLocal: '' };
    stats.set(clientId, entry);
    for (const record of store.recordsOfClient(clientId)) {
      if (record.deleted || record.startMs > nowMs) continue;
      if (record.attendance === 1) {
        entry.visits += 1;
        if (record.local > entry.lastVisitLocal) entry.lastVisitLocal = record.local;
        if (!entry.firstVisitLocal || record.local < entry.firstVisitLocal)
          entry.firstVisitLocal = record.local;
      } else if (record.attendance === -1) entry.noShows += 1;
    }
  }
  return stats;
}

export function phoneToWire(digits: string): string {
  return digits ? `+${digits}` : '';
}

function displayName(client: Client): string {
  return [client.name, client.surname].filter(Boolean).join(' ');
}

/** Client custom fields are `{}` when empty. */
function clientCustomFields(client: Client): Record<string, unknown> {
  return { ...client.customFields };
}

export function clientToWire(store: Store, client: Client, location: Location, stats?: ClientStats) {
  return {
    id: client.id,
    name: client.name,
    surname: client.surname,
    patronymic: client.patronymic,
    display_name: displayName(client),
    phone: phoneToWire(client.phone),
    email: client.email,
    card: client.card,
    // As stored: a full date, "1900-MM-DD" (no year), "0000-00-00" or "" (none), as real replies vary.
    birth_date: client.birthDate,
    sex_id: client.sexId,
    sex: SEX[client.sexId] ?? 'unknown',
    importance_id: client.importanceId,
    importance: IMPORTANCE[client.importanceId] ?? '',
    categories: client.labelIds.flatMap((id) => {
      const label = store.labels.get(id);
      return label && !label.deleted ? [labelToWire(label)] : [];
    }),
    discount: client.discount,
    sms_check: client.smsCheck ? 1 : 0,
    sms_bot: 0,
    sms_not: client.smsNot ? 1 : 0,
    visits: stats?.visits ?? 0,
    spent: client.spent,
    paid: client.spent,
    balance: client.balance,
    comment: client.comment,
    last_change_date: formatChangeDate(client.changedMs, location.timezone),
    custom_fields: clientCustomFields(client),
  };
}

/** The client embedded in a record. */
export function clientBrief(store: Store, client: Client, stats?: ClientStats) {
  return {
    id: client.id,
    name: client.name,
    surname: client.surname,
    patronymic: client.patronymic,
    display_name: displayName(client),
    phone: phoneToWire(client.phone),
    card: client.card,
    email: client.email,
    success_visits_count: stats?.visits ?? 0,
    fail_visits_count: stats?.noShows ?? 0,
    discount: client.discount,
    is_new: (stats?.visits ?? 0) === 0,
    custom_fields: Object.keys(client.customFields).length ? { ...client.customFields } : [],
    client_tags: client.labelIds.flatMap((id) => {
      const label = store.labels.get(id);
      return label && !label.deleted ? [labelToWire(label)] : [];
    }),
  };
}
