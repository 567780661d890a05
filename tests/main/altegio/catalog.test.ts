import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../electron/emulator';
import { serviceDurationFor } from '../../../shared/domain/service';
import { rawGet, SALON, salonDate, signedInClient, startTestEmulator, STUDIO } from './helpers';

interface WireStaff {
  id: number;
  fired: number;
  status: number;
  weight: number;
}

describe('team members and services', () => {
  let emulator: RunningEmulator;
  let client: Awaited<ReturnType<typeof signedInClient>>;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    client = await signedInClient(emulator);
  });
  afterAll(() => emulator.close());

  it('lists active team members by weight, hiding fired and removed ones', async () => {
    const members = await client.team.list(SALON);
    const raw = (await rawGet(emulator, client.userToken, `/staff/${SALON.id}`)).body.data as WireStaff[];
    const active = raw.filter((m) => !m.fired && m.status !== 1);
    expect(members.map((m) => m.id).sort()).toEqual(active.map((m) => m.id).sort());
    for (let i = 1; i < members.length; i++) {
      const [a, b] = [members[i - 1], members[i]];
      expect(a && b && (a.weight > b.weight || (a.weight === b.weight && a.id < b.id))).toBe(true);
    }
    const first = members[0];
    expect(await client.team.get(SALON, first?.id ?? 0)).toEqual(first);
    await expect(client.team.get(SALON, 999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives working hours per member and date in the location zone, days off empty', async () => {
    const members = await client.team.list(SALON);
    const ids = members.slice(0, 2).map((m) => m.id);
    // Across the DST change: 7–9 March 2026 in New York.
    const days = await client.team.workingDays(SALON, {
      from: '2026-03-07',
      to: '2026-03-09',
      teamMemberIds: ids,
    });
    expect(new Set(days.map((d) => d.teamMemberId))).toEqual(new Set(ids));
    expect(days).toHaveLength(6);
    const working = days.flatMap((d) => d.intervals.map((i) => ({ date: d.date, ...i })));
    expect(working.length).toBeGreaterThan(0);
    for (const interval of working) {
      expect(interval.start.slice(0, 10)).toBe(interval.date);
      expect(interval.start).toMatch(interval.date < '2026-03-08' ? /-05:00$/ : /-04:00$/);
      expect(Date.parse(interval.end)).toBeGreaterThan(Date.parse(interval.start));
    }
    const week = await client.team.workingDays(SALON, { from: salonDate(0), to: salonDate(6) });
    expect(week.some((d) => d.intervals.length === 0)).toBe(true);
    await expect(
      client.team.workingDays(SALON, { from: '2026-03-09', to: '2026-03-01' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('lists services with per-member lengths and categories', async () => {
    const services = await client.services.list(SALON);
    const categories = await client.services.categories(SALON);
    expect(services.length).toBeGreaterThan(3);
    expect(categories.length).toBeGreaterThan(0);
    const categoryIds = new Set(categories.map((c) => c.id));
    for (const service of services) {
      expect(categoryIds.has(service.categoryId)).toBe(true);
      expect(service.priceMax).toBeGreaterThanOrEqual(service.priceMin);
      expect(service.durationSeconds).toBeGreaterThan(0);
    }
    const linked = services.find((s) => s.teamMembers.some((l) => l.durationSeconds !== s.durationSeconds));
    const link = linked?.teamMembers.find((l) => l.durationSeconds !== linked.durationSeconds);
    expect(linked && link && serviceDurationFor(linked, link.teamMemberId)).toBe(link?.durationSeconds);
    expect(services.some((s) => s.technicalBreakSeconds !== null)).toBe(true);

    const member = services[0]?.teamMembers[0]?.teamMemberId ?? 0;
    const ofMember = await client.services.list(SALON, { teamMemberId: member });
    expect(ofMember.every((s) => s.teamMembers.some((l) => l.teamMemberId === member))).toBe(true);
    expect(await client.services.get(SALON, services[0]?.id ?? 0)).toEqual(services[0]);
  });

  it('refuses a location the user has no access to', async () => {
    await expect(client.team.list({ id: 103, timezone: 'Europe/Berlin' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(client.services.list({ id: 999, timezone: 'UTC' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await client.team.list(STUDIO)).length).toBeGreaterThan(0);
  });
});
