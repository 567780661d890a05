import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, type RunningEmulator } from '../../electron/emulator';
import { localise, messageLanguage } from '../../electron/emulator/http/language';
import { type Api, SALON, signedIn, startTestEmulator } from './helpers';

describe('which language Accept-Language asks for', () => {
  it('is the highest-ranked one the emulator has, English otherwise', () => {
    expect(messageLanguage('es, en;q=0.8')).toBe('es');
    expect(messageLanguage('es-MX')).toBe('es');
    expect(messageLanguage('en')).toBe('en');
    expect(messageLanguage('en;q=0.5, es;q=0.9')).toBe('es');
    expect(messageLanguage('fr, es;q=0.4, en;q=0.8')).toBe('en');
    expect(messageLanguage('fr, de')).toBe('en');
    expect(messageLanguage('es;q=0, en')).toBe('en');
    expect(messageLanguage(undefined)).toBe('en');
    expect(messageLanguage('')).toBe('en');
  });

  it('leaves a message without a Spanish version in English', () => {
    expect(localise('The technical break must be shorter than seance_length.', 'es')).toBe(
      'The technical break must be shorter than seance_length.',
    );
    expect(localise('The title field is required.', 'es')).toBe('El campo title es obligatorio.');
    expect(localise('Not found', 'en')).toBe('Not found');
  });
});

describe("the emulator's error messages", () => {
  let emulator: RunningEmulator;
  let api: Api;
  const spanish = { headers: { 'Accept-Language': 'es, en;q=0.8' } };
  beforeAll(async () => {
    emulator = await startTestEmulator();
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('answer a 404 in Spanish when the request prefers it, in English otherwise', async () => {
    const es = await api.get('/records/999999', spanish);
    expect(es.status).toBe(404);
    expect(es.body.meta).toEqual({ message: 'Centro no encontrado.' });
    const en = await api.get('/records/999999', { headers: { 'Accept-Language': 'en' } });
    expect(en.body.meta).toEqual({ message: 'Location not found.' });
    const none = await api.get('/records/999999');
    expect(none.body.meta).toEqual({ message: 'Location not found.' });
  });

  it('word validation errors, field by field, in Spanish', async () => {
    const es = await api.post(`/clients/${SALON}`, { email: 'nope' }, spanish);
    expect(es.status).toBe(422);
    expect(es.body.meta).toEqual({
      message: 'Se ha producido un error.',
      errors: {
        name: ['El campo name es obligatorio.'],
        phone: ['El campo phone es obligatorio.'],
        email: ['El correo electrónico debe ser una dirección válida.'],
      },
    });
    const en = await api.post(`/clients/${SALON}`, { email: 'nope' });
    expect(en.body.meta).toMatchObject({
      message: 'An error has occurred.',
      errors: { name: ['The name field is required.'] },
    });
  });

  it('refuse a missing right in Spanish too', async () => {
    emulator.denyRights(DEMO_CREDENTIALS.login, ['labels.manage']);
    const es = await api.post(`/labels/${SALON}?title=X&color=%23000000`, undefined, spanish);
    expect(es.status).toBe(403);
    expect(es.body.meta).toEqual({ message: 'No tiene permisos suficientes' });
    const en = await api.post(`/labels/${SALON}?title=X&color=%23000000`);
    expect(en.body.meta).toEqual({ message: 'Not enough rights' });
  });
});
