import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import type { UnreadableReport } from '../../../shared/domain/unreadable';
import { SALON, signedInClient, startTestEmulator } from './helpers';

/** A value no wire field of text or number accepts. */
const WRONG_TYPE = { not: 'text' } as unknown as string;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterEach(() => emulator.reset());
afterAll(() => emulator.close());

/** A signed-in client that keeps what it reports and logs about unreadable records. */
async function watchedClient() {
  const reports: UnreadableReport[] = [];
  const warnings: string[] = [];
  const client = await signedInClient(emulator, {
    onUnreadable: (report) => reports.push(report),
    logger: {
      debug: () => {},
      warn: (message, detail) => warnings.push(`${message} ${JSON.stringify(detail)}`),
    },
  });
  return { client, reports, warnings };
}

/** The salon's clients as the emulator stores them. */
function storedClients() {
  let clients: { id: number; locationId: number; phone: string }[] = [];
  emulator.editStore((store) => {
    clients = [...store.clients.values()].filter((item) => item.locationId === SALON.id && !item.deleted);
  });
  return clients;
}

describe('an unreadable record in a list', () => {
  it('leaves out one team member and keeps the others, counted and logged by id and field', async () => {
    const { client, reports, warnings } = await watchedClient();
    const before = await client.team.list(SALON);
    const broken = before[1]!;
    emulator.editStore((store) => {
      store.staff.get(broken.id)!.specialization = WRONG_TYPE;
    });

    const after = await client.team.list(SALON);
    expect(after.map((member) => member.id)).toEqual(
      before.filter((member) => member.id !== broken.id).map((member) => member.id),
    );
    expect(reports).toEqual([
      { resource: 'teamMembers', count: 0 },
      { resource: 'teamMembers', count: 1 },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`"id":${broken.id}`);
    expect(warnings[0]).toContain('a team member: specialization');
    expect(warnings[0]).not.toContain(broken.name);
  });

  it('leaves out one service and one service category, and the others show', async () => {
    const { client, reports } = await watchedClient();
    const services = await client.services.list(SALON);
    const categories = await client.services.categories(SALON);
    expect(Math.min(services.length, categories.length)).toBeGreaterThan(1);
    emulator.editStore((store) => {
      store.services.get(services[0]!.id)!.title = WRONG_TYPE;
      store.categories.get(categories[0]!.id)!.title = WRONG_TYPE;
    });

    expect((await client.services.list(SALON)).map((service) => service.id)).toEqual(
      services.slice(1).map((service) => service.id),
    );
    expect((await client.services.categories(SALON)).map((category) => category.id)).toEqual(
      categories.slice(1).map((category) => category.id),
    );
    expect(reports.slice(-2)).toEqual([
      { resource: 'services', count: 1 },
      { resource: 'serviceCategories', count: 1 },
    ]);
  });

  it('leaves out one client of a search, and never logs the client’s phone', async () => {
    const { client, reports, warnings } = await watchedClient();
    const [broken, other] = storedClients();
    if (!broken || !other) throw new Error('The seed has at least two clients');
    emulator.editStore((store) => {
      store.clients.get(broken.id)!.email = WRONG_TYPE;
    });

    const { items } = await client.clients.search(SALON, '', { pageSize: 200 });
    expect(items.map((hit) => hit.id)).toContain(other.id);
    expect(items.map((hit) => hit.id)).not.toContain(broken.id);
    expect(reports.at(-1)).toEqual({ resource: 'clients', count: 1 });
    expect(warnings.join('\n')).toContain(`"id":${broken.id}`);
    expect(warnings.join('\n')).not.toContain(broken.phone.slice(-7));
  });

  it('leaves out one label and one custom field of the settings, then reports the list clean again', async () => {
    const { client, reports } = await watchedClient();
    const labels = await client.labels.list(SALON, 'client');
    const fields = await client.customFields.list(SALON, 'client');
    expect(Math.min(labels.length, fields.length)).toBeGreaterThan(1);
    const label = labels[0]!;
    const field = fields[0]!;
    emulator.editStore((store) => {
      store.labels.get(label.id)!.title = WRONG_TYPE;
      store.customFields.get(field.id)!.title = WRONG_TYPE;
    });

    expect((await client.labels.list(SALON, 'client')).map((item) => item.id)).toEqual(
      labels.slice(1).map((item) => item.id),
    );
    expect((await client.customFields.list(SALON, 'client')).map((item) => item.id)).toEqual(
      fields.slice(1).map((item) => item.id),
    );
    expect(reports.slice(-2)).toEqual([
      { resource: 'labels', count: 1 },
      { resource: 'customFields', count: 1 },
    ]);

    emulator.editStore((store) => {
      store.labels.get(label.id)!.title = label.title;
    });
    expect(await client.labels.list(SALON, 'client')).toHaveLength(labels.length);
    expect(reports.at(-1)).toEqual({ resource: 'labels', count: 0 });
  });
});
