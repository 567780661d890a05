import { z } from 'zod';
import type {
  Client,
  ClientChanges,
  ClientComment,
  ClientInput,
  ClientSearchHit,
  Gender,
} from '../../../shared/domain/client';
import { normalisePhone } from '../../../shared/domain/client';
import type { LocationRef } from '../../../shared/domain/common';
import { customFieldsOf, labelRefsOf, WireLabelRef } from './appointmentWire';
import { mappingFields } from './fieldNames';
import { createOnce, type Http } from './http';
import { NOT_DONE, reconciled, showing } from './reconcile';
import { readItems, readList, type ListReading } from './listItems';
import { totalOf } from './paging';
import { birthdayOf, birthdayToWire, wireTimeToIso } from './time';
import { parseWire, WireId, WireNumber, WireText } from './wire';

const WireClient = z.object({
  id: WireId,
  name: WireText,
  surname: WireText,
  patronymic: WireText,
  phone: WireText,
  email: WireText,
  card: WireText,
  birth_date: z.unknown(),
  sex_id: WireNumber.optional(),
  importance_id: WireNumber.optional(),
  categories: z.array(WireLabelRef).nullish().catch([]),
  discount: WireNumber,
  comment: WireText,
  visits: WireNumber,
  spent: WireNumber,
  balance: WireNumber,
  custom_fields: z.unknown(),
  last_change_date: z.string().nullish(),
});

const WireSearchHit = z.object({
  id: WireId,
  name: WireText,
  phone: WireText,
  email: WireText,
  visits_count: WireNumber,
  last_visit_date: z.string().nullish(),
});

/** A note on the client card; `user` is the staff member who wrote it. */
const WireClientComment = z.object({
  id: WireId,
  text: WireText,
  create_date: z.string().nullish(),
  user: z.object({ name: WireText }).partial().nullish().catch(null),
});

/**
 * The fields of the create body that `PUT /client` takes again (it replaces the client): everything the
 * card does not edit goes back exactly as Altegio sent it, so nothing is lost. `spent` and `balance` are
 * left out on purpose: the docs list them as optional create-body fields (only name and phone are
 * required), and they are Altegio's running totals of payments, so a value read a moment earlier could
 * write back a stale total if a payment lands in between; left out, Altegio keeps its own.
 */
const RESENT_FIELDS = [
  'surname',
  'patronymic',
  'card',
  'birth_date',
  'importance_id',
  'discount',
  'comment',
  'sms_check',
  'sms_not',
] as const;

const GENDERS: Gender[] = ['unknown', 'male', 'female'];
const SEARCH_FIELDS = ['id', 'name', 'phone', 'email', 'visits_count', 'last_visit_date'];
const CLIENT_FIELDS: Record<string, string> = {
  birth_date: 'birthDate',
  gender_id: 'gender',
  sex_id: 'gender',
  importance_id: 'importance',
  categories: 'labelIds',
  labels: 'labelIds',
  discount: 'discountPercent',
  custom_fields: 'customFields',
  middle_name: 'patronymic',
};

function toClient(raw: unknown, location: LocationRef): Client {
  const client = parseWire(WireClient, raw, 'a client');
  return {
    id: client.id,
    name: client.name,
    surname: client.surname,
    patronymic: client.patronymic,
    phone: client.phone ? normalisePhone(client.phone) : '',
    email: client.email,
    card: client.card,
    birthDate: birthdayOf(client.birth_date),
    gender: GENDERS[client.sex_id ?? 0] ?? 'unknown',
    importance: Math.min(3, Math.max(0, Math.round(client.importance_id ?? 0))),
    labels: labelRefsOf(client.categories),
    discountPercent: client.discount,
    comment: client.comment,
    visits: Math.round(client.visits),
    spent: client.spent,
    balance: client.balance,
    customFields: customFieldsOf(client.custom_fields),
    lastChangedAt: wireTimeToIso(client.last_change_date, location.timezone),
  };
}

function toClientBody(input: ClientInput): Record<string, unknown> {
  const body: Record<string, unknown> = { name: input.name.trim(), phone: normalisePhone(input.phone) };
  const optional: Record<string, unknown> = {
    surname: input.surname,
    patronymic: input.patronymic,
    email: input.email,
    card: input.card,
    birth_date: input.birthDate === undefined ? undefined : birthdayToWire(input.birthDate),
    gender_id: input.gender === undefined ? undefined : GENDERS.indexOf(input.gender),
    importance_id: input.importance,
    categories: input.labelIds,
    discount: input.discountPercent,
    comment: input.comment,
    custom_fields: input.customFields,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) body[key] = value;
  return body;
}

/**
 * The PUT body for `changes` on the client as Altegio sent it (`wire`): name, phone and e-mail only where
 * the desk changed them, else what Altegio has now, so another desk's change to them is not undone.
 */
function amendedBody(wire: unknown, changes: ClientChanges): Record<string, unknown> {
  const current = (wire && typeof wire === 'object' ? wire : {}) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const key of RESENT_FIELDS)
    if (current[key] !== undefined && current[key] !== null) body[key] = current[key];
  if (current.sex_id !== undefined) body.gender_id = current.sex_id;
  body.categories = labelRefsOf(
    parseWire(WireClient.shape.categories, current.categories, 'client labels'),
  ).map((label) => label.id);
  body.custom_fields = { ...customFieldsOf(current.custom_fields), ...changes.customFields };
  body.name = changes.name?.trim() ?? current.name;
  body.phone = changes.phone === undefined ? current.phone : normalisePhone(changes.phone);
  body.email = changes.email?.trim() ?? current.email;
  return body;
}

function toClientComment(raw: unknown, location: LocationRef): ClientComment {
  const comment = parseWire(WireClientComment, raw, 'a client comment');
  return {
    id: comment.id,
    text: comment.text,
    createdAt: wireTimeToIso(comment.create_date, location.timezone),
    authorName: comment.user?.name ?? '',
  };
}

export function createClientsApi(http: Http, lists: ListReading = {}) {
  const search = async (
    location: LocationRef,
    text: string,
    options: { page?: number; pageSize?: number } = {},
  ): Promise<{ items: ClientSearchHit[]; total: number }> => {
    const { data, meta } = await http.request('POST', `/company/${location.id}/clients/search`, {
      idempotent: true,
      body: {
        page: options.page ?? 1,
        page_size: Math.min(200, options.pageSize ?? 25),
        fields: SEARCH_FIELDS,
        filters: text.trim() ? [{ type: 'quick_search', state: { value: text.trim() } }] : [],
      },
    });
    const hits = readList(lists, 'clients', data, (item) =>
      parseWire(WireSearchHit, item, 'a client search result'),
    );
    const items = hits.map((hit) => ({
      id: hit.id,
      name: hit.name,
      phone: hit.phone ? normalisePhone(hit.phone) : '',
      email: hit.email,
      visitsCount: Math.round(hit.visits_count),
      lastVisitAt: wireTimeToIso(hit.last_visit_date, location.timezone),
    }));
    return { items, total: totalOf(meta) ?? items.length };
  };

  const get = async (location: LocationRef, id: number): Promise<Client> => {
    const { data } = await http.request('GET', `/client/${location.id}/${id}`);
    return toClient(data, location);
  };

  /** The client with exactly this phone (normalised), if any. */
  const findByPhone = async (location: LocationRef, phone: string): Promise<Client | null> => {
    const digits = normalisePhone(phone).replace(/\D/g, '');
    if (!digits) return null;
    const { items } = await search(location, digits, { pageSize: 50 });
    const hit = items.find((item) => item.phone.replace(/\D/g, '') === digits);
    return hit ? get(location, hit.id) : null;
  };

  const comments = async (location: LocationRef, id: number): Promise<ClientComment[]> => {
    const { data } = await http.request('GET', `/clients/${location.id}/clients/${id}/comments`);
    const items = Array.isArray(data) ? data : [];
    return readItems(lists, 'clientNotes', items, (item) => toClientComment(item, location));
  };

  /** PUT of a whole client; after a lost reply, saved when the client read back has the name, phone and e-mail sent. */
  const putClient = (location: LocationRef, id: number, body: Record<string, unknown>) =>
    reconciled(
      async () => {
        const { data } = await http.request('PUT', `/client/${location.id}/${id}`, { body });
        return data && typeof data === 'object' ? toClient(data, location) : get(location, id);
      },
      showing(
        () => get(location, id),
        (client) =>
          client.name === body.name &&
          client.phone.replace(/\D/g, '') === String(body.phone ?? '').replace(/\D/g, '') &&
          (body.email === undefined || client.email === body.email),
      ),
    );

  return {
    /** Type-ahead by name, phone or card (a POST that only reads, so it is retried like a GET). */
    search,
    get,
    findByPhone,

    /** Creates once: after an ambiguous failure, the client is looked up by phone before trying again. */
    create: (location: LocationRef, input: ClientInput): Promise<Client> =>
      mappingFields(CLIENT_FIELDS, () =>
        createOnce(
          http,
          async () => {
            const { data } = await http.request('POST', `/clients/${location.id}`, {
              body: toClientBody(input),
            });
            return toClient(data, location);
          },
          () => findByPhone(location, input.phone),
        ),
      ),

    /** PUT takes the whole client: name and phone always, the rest as given. */
    update: (location: LocationRef, id: number, input: ClientInput): Promise<Client> =>
      mappingFields(CLIENT_FIELDS, () => putClient(location, id, toClientBody(input))),

    /**
     * Changes what the client card edits. PUT replaces the whole client, so the client is read first and
     * every other field is sent back as it came (labels, birthday, comment, other custom fields).
     * `check` sees the client as read and may refuse (throw) before anything is written.
     */
    amend: (
      location: LocationRef,
      id: number,
      changes: ClientChanges,
      check: (current: Client) => void = () => undefined,
    ): Promise<Client> =>
      mappingFields(CLIENT_FIELDS, async () => {
        const { data: current } = await http.request('GET', `/client/${location.id}/${id}`);
        check(toClient(current, location));
        return putClient(location, id, amendedBody(current, changes));
      }),

    /** The notes on the client card, newest first (one page holds them all for a desk's client). */
    comments,

    /** Adds a note; never sent twice (a retry could write it twice), and looked for after a lost reply. */
    async addComment(location: LocationRef, id: number, text: string): Promise<ClientComment> {
      const notes = () => comments(location, id);
      const before = new Set((await notes()).map((note) => note.id));
      return reconciled(
        async () => {
          const { data } = await http.request('POST', `/clients/${location.id}/clients/${id}/comments`, {
            body: { text },
          });
          return toClientComment(data, location);
        },
        // A lost reply: the note is the one with this text that was not there before.
        async () => (await notes()).find((note) => !before.has(note.id) && note.text === text) ?? NOT_DONE,
      );
    },
  };
}

export type ClientsApi = ReturnType<typeof createClientsApi>;
