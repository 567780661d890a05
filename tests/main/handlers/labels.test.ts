import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../../electron/emulator';
import { SALON_ID } from '../../support/demoSalon';
import { useHarness } from './harness';

const h = useHarness();

async function storedLabel(id: number) {
  const reply = await h.http.get(`/labels/${SALON_ID}/record`);
  return (reply.body.data as Array<{ id: number; title: string; color: string; icon: string }>).find(
    (label) => label.id === id,
  );
}

describe('labels handlers', () => {
  it('lists an appointment’s labels with the common ones, and a client’s separately', async () => {
    const forAppointments = await h.invoke('labels.list', { locationId: SALON_ID, target: 'appointment' });
    expect(forAppointments.map((label) => label.title).sort()).toEqual(['Deposit paid', 'New client', 'VIP']);
    expect(forAppointments.every((label) => label.entity === 'record' || label.entity === 'common')).toBe(
      true,
    );
    const forClients = await h.invoke('labels.list', { locationId: SALON_ID, target: 'client' });
    expect(forClients.every((label) => label.entity === 'client' || label.entity === 'common')).toBe(true);
  });

  it('creates, recolours and deletes a label in Altegio', async () => {
    const created = await h.invoke('labels.create', {
      locationId: SALON_ID,
      label: { title: 'Patch test', colour: '#00897b', entity: 'record', icon: 'star' },
    });
    expect(created).toMatchObject({ title: 'Patch test', colour: '#00897b', icon: 'star', entity: 'record' });
    expect(await storedLabel(created.id)).toMatchObject({ title: 'Patch test', color: '#00897b' });

    const updated = await h.invoke('labels.update', {
      locationId: SALON_ID,
      id: created.id,
      label: { title: 'Patch test done', colour: '#e53935', entity: 'record', icon: 'star' },
    });
    expect(updated).toMatchObject({ id: created.id, title: 'Patch test done', colour: '#e53935' });
    expect(await storedLabel(created.id)).toMatchObject({ title: 'Patch test done', color: '#e53935' });

    expect(await h.invoke('labels.remove', { locationId: SALON_ID, id: created.id })).toBeNull();
    expect(await storedLabel(created.id)).toBeUndefined();
  });

  it('refuses a colour that is not #rrggbb and a blank title before sending', async () => {
    for (const label of [
      { title: 'Bad', colour: 'red', entity: 'record' },
      { title: 'Bad', colour: '#ABCDEF', entity: 'record' },
      { title: 'Bad', colour: '#12345', entity: 'record' },
      { title: '  ', colour: '#123456', entity: 'record' },
      { title: 'Bad', colour: '#123456', entity: 'record', icon: '<script>' },
    ]) {
      const refused = await h.result('labels.create', { locationId: SALON_ID, label });
      expect(refused.error?.code, JSON.stringify(label)).toBe('VALIDATION');
    }
  });

  it('says FORBIDDEN when the user may not manage labels', async () => {
    h.emulator.denyRights(DEMO_CREDENTIALS.login, ['labels.manage']);
    try {
      const refused = await h.result('labels.create', {
        locationId: SALON_ID,
        label: { title: 'Nope', colour: '#123456', entity: 'record' },
      });
      expect(refused.error).toMatchObject({ code: 'FORBIDDEN', detail: { message: 'Not enough rights' } });
    } finally {
      h.emulator.denyRights(DEMO_CREDENTIALS.login, []);
    }
  });
});
