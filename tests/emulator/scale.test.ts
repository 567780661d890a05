import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../electron/emulator/index';
import {
  type Api,
  SALON,
  salonDate,
  signedIn,
  startTestEmulator,
  type WireRecord,
  type WireStaff,
} from './helpers';

describe('large scale (benchmarks)', () => {
  let emulator: RunningEmulator;
  let api: Api;

  beforeAll(async () => {
    emulator = await startTestEmulator({ scale: 'large' });
    api = await signedIn(emulator);
  });
  afterAll(() => emulator.close());

  it('has 30 working team members and about 5,000 appointments a week, paged by 200', async () => {
    const staff = (await api.get<WireStaff[]>(`/staff/${SALON}`)).body.data;
    expect(staff.filter((m) => !m.fired && m.status !== 1)).toHaveLength(30);
    const week = `start_date=${salonDate(-7)}&end_date=${salonDate(-1)}`;
    const first = await api.get<WireRecord[], { total_count: number }>(`/records/${SALON}?${week}&count=200`);
    const total = first.body.meta.total_count;
    expect(total).toBeGreaterThan(4000);
    expect(total).toBeLessThan(6000);
    const lastPage = Math.ceil(total / 200);
    const last = await api.get<WireRecord[]>(`/records/${SALON}?${week}&count=200&page=${lastPage}`);
    expect(last.body.data).toHaveLength(total - (lastPage - 1) * 200);
  });
});
