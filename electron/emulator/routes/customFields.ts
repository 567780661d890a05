import type { Context } from 'hono';
import { fieldsOf } from '../domain/customFieldValues';
import { parseId, userLocation, userLocationWithRight } from '../http/auth';
import { noContent, ok } from '../http/envelope';
import { FieldCollector, invalid, notFound } from '../http/errors';
import { asBool, type JsonObject, readBody } from '../http/params';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { CustomField, CustomFieldCategory, CustomFieldType, Right } from '../store/types';
import { customFieldToWire } from '../wire/labels';

const TYPES: CustomFieldType[] = ['text', 'number', 'select', 'list', 'date', 'datetime'];

function category(c: Context<AppEnv>): CustomFieldCategory {
  const value = c.req.param('category');
  if (value !== 'record' && value !== 'client') throw notFound();
  return value;
}

function parseValues(raw: unknown, errors: FieldCollector): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw) || raw.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    errors.add('values', 'Must be an array of strings.');
    return undefined;
  }
  return raw.map(String);
}

/** Create (all fields required) or update (all optional) a field definition. */
function applyBody(fields: CustomField[], body: JsonObject, target: Partial<CustomField>, creating: boolean) {
  const errors = new FieldCollector();
  const required = (name: string) =>
    creating && body[name] === undefined && errors.add(name, `The ${name} field is required.`);
  ['type', 'code', 'title', 'user_can_edit', 'show_in_ui'].forEach(required);
  if (body.type !== undefined) {
    if (!TYPES.includes(body.type as CustomFieldType))
      errors.add('type', `Must be one of ${TYPES.join(', ')}.`);
    else target.type = body.type as CustomFieldType;
  }
  if (body.code !== undefined) {
    const code = String(body.code);
    if (!/^[a-z0-9_]{1,64}$/i.test(code)) errors.add('code', 'Latin letters, digits and underscores only.');
    else if (fields.some((f) => f.code === code && f.id !== target.id))
      errors.add('code', 'The code has already been taken.');
    else target.code = code;
  }
  if (body.title !== undefined) target.title = String(body.title);
  if (body.user_can_edit !== undefined) target.userCanEdit = asBool(body.user_can_edit);
  if (body.show_in_ui !== undefined) target.showInUi = asBool(body.show_in_ui);
  const values = parseValues(body.values, errors);
  const isList = target.type === 'select' || target.type === 'list';
  if (values !== undefined) target.values = isList ? values : null;
  if (isList && !target.values?.length) errors.add('values', 'A list field needs its allowed values.');
  if (!isList) target.values = null;
  if (!errors.empty) throw invalid(errors.errors);
}

export function registerCustomFieldRoutes(app: ApiApp, state: EmulatorState): void {
  const fieldOf = (c: Context<AppEnv>, right: Right) => {
    const location = userLocationWithRight(c, state, c.req.param('loc'), right);
    const field = state.store.customFields.get(parseId(c.req.param('id')) ?? -1);
    if (!field || field.locationId !== location.id || field.category !== category(c)) throw notFound();
    return { location, field };
  };

  app.get('/custom_fields/:category/:loc', (c) => {
    const kind = category(c);
    const location = userLocation(c, state, c.req.param('loc'));
    return ok(c, fieldsOf(state.store, location.id, kind).map(customFieldToWire));
  });

  app.post('/custom_fields/:category/:loc', async (c) => {
    const kind = category(c);
    const location = userLocationWithRight(c, state, c.req.param('loc'), 'customFields.create');
    const draft: Partial<CustomField> = { values: null };
    applyBody(fieldsOf(state.store, location.id, kind), await readBody(c), draft, true);
    const field: CustomField = {
      id: state.store.nextId('customField'),
      locationId: location.id,
      category: kind,
      code: draft.code ?? '',
      title: draft.title ?? '',
      type: draft.type ?? 'text',
      values: draft.values ?? null,
      userCanEdit: draft.userCanEdit ?? true,
      showInUi: draft.showInUi ?? true,
    };
    state.store.customFields.set(field.id, field);
    return ok(c, customFieldToWire(field));
  });

  app.put('/custom_fields/:category/:loc/:id', async (c) => {
    const { location, field } = fieldOf(c, 'customFields.modify');
    const draft: Partial<CustomField> = { ...field };
    applyBody(fieldsOf(state.store, location.id, field.category), await readBody(c), draft, false);
    Object.assign(field, draft);
    return ok(c, null, 200, { message: 'Saved' });
  });

  app.delete('/custom_fields/:category/:loc/:id', (c) => {
    const { field } = fieldOf(c, 'customFields.remove');
    state.store.customFields.delete(field.id);
    // Inferred: the stored values go with the definition, so a field made again later starts empty.
    const holders =
      field.category === 'record'
        ? state.store.recordsOfLocation(field.locationId)
        : [...state.store.clients.values()].filter((client) => client.locationId === field.locationId);
    for (const holder of holders) delete holder.customFields[field.code];
    return noContent(c);
  });
}
