import { DateTime } from 'luxon';
import { createClient, parseClientBody, phoneDigits } from '../domain/clients';
import { parseId, userLocation } from '../http/auth';
import { noContent, ok } from '../http/envelope';
import { ApiError, notFound } from '../http/errors';
import {
  asInt,
  isObject,
  type JsonObject,
  pageOf,
  paging,
  query,
  queryIntList,
  readBody,
} from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import type { Client, Location } from '../store/types';
import { clientStats, clientToWire, phoneToWire, type ClientStats } from '../wire/clients';
import { registerClientCommentRoutes } from './clientComments';

const SEARCH_FIELDS = [
  'id',
  'name',
  'phone',
  'email',
  'discount',
  'first_visit_date',
  'last_visit_date',
  'sold_amount',
  'visits_count',
] as const;
type SearchField = (typeof SEARCH_FIELDS)[number];

function clientOf(state: EmulatorState, location: Location, raw: string | undefined): Client {
  const id = parseId(raw);
  const client = id === null ? undefined : state.store.clients.get(id);
  if (!client || client.locationId !== location.id || client.deleted) throw notFound();
  return client;
}

function liveClients(state: EmulatorState, locationId: number): Client[] {
  return [...state.store.clients.values()].filter((c) => c.locationId === locationId && !c.deleted);
}

function invalidFilter(): ApiError {
  return new ApiError(400, 'Invalid filter value', { filters: ['Invalid filter state value'] });
}

function searchValue(client: Client, field: SearchField, stats: ClientStats | undefined): string | number {
  switch (field) {
    case 'id':
      return client.id;
    case 'name':
      return [client.name, client.surname].filter(Boolean).join(' ');
    case 'phone':
      return phoneToWire(client.phone);
    case 'email':
      return client.email;
    case 'discount':
      return client.discount;
    case 'first_visit_date':
      return stats?.firstVisitLocal ?? '';
    case 'last_visit_date':
      return stats?.lastVisitLocal ?? '';
    case 'sold_amount':
      return client.spent;
    case 'visits_count':
      return stats?.visits ?? 0;
  }
}

/** One client-search filter as a predicate; unknown types or bad states are a 400. */
function filterPredicate(filter: unknown): (client: Client) => boolean {
  if (!isObject(filter) || typeof filter.type !== 'string' || !isObject(filter.state)) throw invalidFilter();
  const state = filter.state;
  const invert = state.invert === true;
  const wrap = (test: (client: Client) => boolean) => (client: Client) => test(client) !== invert;
  switch (filter.type) {
    case 'quick_search': {
      if (typeof state.value !== 'string') throw invalidFilter();
      const needle = state.value.trim().toLowerCase();
      const digits = needle.replace(/\D/g, '');
      return wrap((c) => {
        const name = `${c.name} ${c.surname} ${c.patronymic}`.toLowerCase();
        return (
          name.includes(needle) ||
          (digits.length > 0 && c.phone.includes(digits)) ||
          (c.card !== '' && c.card.toLowerCase().includes(needle)) ||
          (c.email !== '' && c.email.toLowerCase().includes(needle))
        );
      });
    }
    case 'id': {
      const ids = (Array.isArray(state.value) ? state.value : [state.value]).map(asInt);
      if (ids.some((id) => id === undefined)) throw invalidFilter();
      return wrap((c) => ids.includes(c.id));
    }
    case 'category': {
      const ids = (Array.isArray(state.value) ? state.value : [state.value]).map(asInt);
      if (ids.some((id) => id === undefined)) throw invalidFilter();
      return wrap((c) => c.labelIds.some((id) => ids.includes(id)));
    }
    case 'importance':
    case 'gender': {
      const values = (Array.isArray(state.value) ? state.value : [state.value]).map(asInt);
      if (values.some((v) => v === undefined)) throw invalidFilter();
      return wrap((c) => values.includes(filter.type === 'gender' ? c.sexId : c.importanceId));
    }
    default:
      throw invalidFilter();
  }
}

function search(state: EmulatorState, location: Location, body: JsonObject) {
  const page = Math.max(1, asInt(body.page) ?? 1);
  const pageSize = Math.min(200, Math.max(1, asInt(body.page_size) ?? 25));
  const fields = (Array.isArray(body.fields) ? body.fields : ['id']).filter((f): f is SearchField =>
    SEARCH_FIELDS.includes(f as SearchField),
  );
  if (!fields.length) fields.push('id');
  const filters = body.filters === undefined ? [] : body.filters;
  if (!Array.isArray(filters)) throw invalidFilter();
  const predicates = filters.map(filterPredicate);
  const any = body.operation === 'OR';
  const matches = liveClients(state, location.id).filter((client) =>
    predicates.length === 0
      ? true
      : any
        ? predicates.some((p) => p(client))
        : predicates.every((p) => p(client)),
  );
  const orderBy = SEARCH_FIELDS.includes(body.order_by as SearchField)
    ? (body.order_by as SearchField)
    : 'id';
  const direction = String(body.order_by_direction ?? 'ASC').toUpperCase() === 'DESC' ? -1 : 1;
  const needsStats = fields.some((f) => f.endsWith('visit_date') || f === 'visits_count') || orderBy !== 'id';
  const stats = needsStats
    ? clientStats(
        state.store,
        matches.map((m) => m.id),
        state.clock.nowMs(),
      )
    : new Map<number, ClientStats>();
  matches.sort((a, b) => {
    const x = searchValue(a, orderBy, stats.get(a.id));
    const y = searchValue(b, orderBy, stats.get(b.id));
    return (x < y ? -1 : x > y ? 1 : a.id - b.id) * direction;
  });
  const data = pageOf(matches, page, pageSize).map((client) =>
    Object.fromEntries(fields.map((f) => [f, searchValue(client, f, stats.get(client.id))])),
  );
  return { data, total: matches.length };
}

export function registerClientRoutes(app: ApiApp, state: EmulatorState): void {
  app.post('/company/:loc/clients/search', async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const { data, total } = search(state, location, await readBody(c));
    return ok(c, data, 200, { total_count: total });
  });

  app.get('/clients/:loc', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const { page, count } = paging(c, 20);
    const like = (value: string, needle: string | undefined) =>
      needle === undefined || value.toLowerCase().includes(needle.toLowerCase());
    const fullname = query(c, 'fullname');
    const phone = query(c, 'phone');
    const ids = [...queryIntList(c, 'id')];
    const changedAfter = query(c, 'changed_after');
    const changedBefore = query(c, 'changed_before');
    const zone = location.timezone;
    const afterMs = changedAfter ? DateTime.fromISO(changedAfter, { zone }).toMillis() : undefined;
    const beforeMs = changedBefore ? DateTime.fromISO(changedBefore, { zone }).toMillis() + 999 : undefined;
    const matches = liveClients(state, location.id)
      .filter(
        (client) =>
          like(`${client.name} ${client.surname}`, fullname) &&
          (phone === undefined || client.phone.includes(phoneDigits(phone))) &&
          like(client.email, query(c, 'email')) &&
          like(client.card, query(c, 'card')) &&
          (ids.length === 0 || ids.includes(client.id)) &&
          (afterMs === undefined || Number.isNaN(afterMs) || client.changedMs >= afterMs) &&
          (beforeMs === undefined || Number.isNaN(beforeMs) || client.changedMs <= beforeMs),
      )
      .sort((a, b) => a.id - b.id);
    const pageClients = pageOf(matches, page, count);
    const stats = clientStats(
      state.store,
      pageClients.map((client) => client.id),
      state.clock.nowMs(),
    );
    const data = pageClients.map((client) =>
      clientToWire(state.store, client, location, stats.get(client.id)),
    );
    return ok(c, data, 200, { page, total_count: matches.length });
  });

  app.post('/clients/:loc', async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const client = createClient(
      state.store,
      location.id,
      parseClientBody(state.store, location.id, await readBody(c)),
    );
    return ok(c, clientToWire(state.store, client, location), 201);
  });

  app.get('/client/:loc/:id', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const client = clientOf(state, location, c.req.param('id'));
    const stats = clientStats(state.store, [client.id], state.clock.nowMs()).get(client.id);
    return ok(c, clientToWire(state.store, client, location, stats));
  });

  app.put('/client/:loc/:id', async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const client = clientOf(state, location, c.req.param('id'));
    const fields = parseClientBody(state.store, location.id, await readBody(c), client);
    Object.assign(client, fields, { changedMs: state.store.nextChangeMs() });
    const stats = clientStats(state.store, [client.id], state.clock.nowMs()).get(client.id);
    return ok(c, clientToWire(state.store, client, location, stats));
  });

  app.delete('/client/:loc/:id', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const client = clientOf(state, location, c.req.param('id'));
    client.deleted = true;
    client.changedMs = state.store.nextChangeMs();
    return noContent(c);
  });

  registerClientCommentRoutes(app, state);
}
