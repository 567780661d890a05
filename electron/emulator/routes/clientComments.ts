import { parseId, userLocation } from '../http/auth';
import { noContent, ok } from '../http/envelope';
import { FieldCollector, notFound } from '../http/errors';
import { readBody } from '../http/params';
import type { ApiApp, EmulatorState } from '../state';
import type { ClientComment, Location } from '../store/types';
import { formatChangeDate } from '../time';

const MAX_TEXT = 2000;

/** The documented item; `create_date`/`update_date` in the `last_change_date` style (*inferred*). */
function commentToWire(comment: ClientComment, location: Location) {
  const date = formatChangeDate(comment.createdMs, location.timezone);
  return {
    id: comment.id,
    create_date: date,
    update_date: date,
    type: 'default',
    text: comment.text,
    files: [],
    user: { id: comment.userId, name: comment.userName, avatar: '' },
  };
}

function clientIdOf(state: EmulatorState, location: Location, raw: string | undefined): number {
  const id = parseId(raw);
  const client = id === null ? undefined : state.store.clients.get(id);
  if (!client || client.locationId !== location.id || client.deleted) throw notFound();
  return client.id;
}

/** Notes on a client card (§11, last bullet): newest first, `meta {count}`; POST `{text}` → 201. */
export function registerClientCommentRoutes(app: ApiApp, state: EmulatorState): void {
  const base = '/clients/:loc/clients/:id/comments';

  app.get(base, (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const clientId = clientIdOf(state, location, c.req.param('id'));
    const comments = [...state.store.clientComments.values()]
      .filter((comment) => comment.clientId === clientId)
      .sort((a, b) => b.createdMs - a.createdMs || b.id - a.id);
    return ok(
      c,
      comments.map((comment) => commentToWire(comment, location)),
      200,
      { count: comments.length },
    );
  });

  app.post(base, async (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const clientId = clientIdOf(state, location, c.req.param('id'));
    const body = await readBody(c);
    const text = typeof body.text === 'string' ? body.text.trim() : '';
    const errors = new FieldCollector();
    if (!text) errors.add('text', 'The text field is required.');
    else if (text.length > MAX_TEXT)
      errors.add('text', `The text may not be greater than ${MAX_TEXT} characters.`);
    errors.throwIfAny();
    const user = c.get('auth').user;
    const comment: ClientComment = {
      id: state.store.nextId('clientComment'),
      clientId,
      text,
      userId: user?.id ?? 0,
      userName: user?.name ?? '',
      createdMs: state.store.nextChangeMs(),
    };
    state.store.clientComments.set(comment.id, comment);
    return ok(c, commentToWire(comment, location), 201);
  });

  app.delete(`${base}/:commentId`, (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const clientId = clientIdOf(state, location, c.req.param('id'));
    const id = parseId(c.req.param('commentId'));
    const comment = id === null ? undefined : state.store.clientComments.get(id);
    if (!comment || comment.clientId !== clientId) throw notFound();
    state.store.clientComments.delete(comment.id);
    return noContent(c);
  });
}
