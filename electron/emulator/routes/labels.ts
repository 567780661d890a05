import type { Context } from 'hono';
import { parseId, userLocation, userLocationWithRight } from '../http/auth';
import { ok } from '../http/envelope';
import { badRequest, FieldCollector, notFound } from '../http/errors';
import { asInt, type JsonObject, readBody } from '../http/params';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { Label } from '../store/types';
import { labelToWire } from '../wire/labels';

const ENTITIES = ['common', 'client', 'record', 'activity'];
const COLOR_RE = /^#?[0-9a-fA-F]{6}$/;

function entityCode(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const byName = ENTITIES.indexOf(raw.toLowerCase());
  if (byName >= 0) return byName;
  const code = asInt(raw);
  return code !== undefined && code >= 0 && code <= 3 ? code : undefined;
}

/** Validates label fields (query string on create, JSON on update); 400 on a malformed value. */
function labelFields(source: JsonObject, existing?: Label): Omit<Label, 'id' | 'locationId' | 'deleted'> {
  const errors = new FieldCollector();
  const title = typeof source.title === 'string' ? source.title.trim() : '';
  if (!title) errors.add('title', 'The title field is required.');
  const color = typeof source.color === 'string' ? source.color.trim() : '';
  if (!COLOR_RE.test(color)) errors.add('color', 'The color field is required, #RRGGBB.');
  const entity = source.entity === undefined ? (existing?.entity ?? 0) : entityCode(String(source.entity));
  if (entity === undefined) errors.add('entity', 'Must be 0, 1, 2 or 3.');
  errors.throwIfAny(400);
  return {
    title,
    color: `#${color.replace(/^#/, '').toLowerCase()}`,
    entity: entity ?? 0,
    icon: typeof source.icon === 'string' ? source.icon : (existing?.icon ?? ''),
  };
}

export function registerLabelRoutes(app: ApiApp, state: EmulatorState): void {
  const labelOf = (c: Context<AppEnv>) => {
    const location = userLocationWithRight(c, state, c.req.param('loc'), 'labels.manage');
    const label = state.store.labels.get(parseId(c.req.param('id')) ?? -1);
    if (!label || label.locationId !== location.id || label.deleted) throw notFound();
    return label;
  };

  app.get('/labels/:loc/:entity', (c) => {
    const location = userLocation(c, state, c.req.param('loc'));
    const entity = entityCode(c.req.param('entity'));
    if (entity === undefined) throw badRequest({ entity: ['Unknown entity'] });
    const labels = [...state.store.labels.values()].filter(
      (l) => l.locationId === location.id && !l.deleted && l.entity === entity,
    );
    return ok(c, labels.map(labelToWire));
  });

  app.post('/labels/:loc', (c) => {
    const location = userLocationWithRight(c, state, c.req.param('loc'), 'labels.manage');
    const fields = labelFields(c.req.query());
    const label: Label = {
      ...fields,
      id: state.store.nextId('label'),
      locationId: location.id,
      deleted: false,
    };
    state.store.labels.set(label.id, label);
    return ok(c, {
      title: label.title,
      salon_id: label.locationId,
      color: label.color,
      entity: label.entity,
      id: label.id,
    });
  });

  app.put('/labels/:loc/:id', async (c) => {
    const label = labelOf(c);
    const body = await readBody(c);
    Object.assign(label, labelFields({ ...c.req.query(), ...body }, label));
    return ok(c, null, 200, { message: 'Accepted' });
  });

  app.delete('/labels/:loc/:id', (c) => {
    labelOf(c).deleted = true;
    return ok(c, null, 200, { message: 'Accepted' });
  });
}
