import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fetchAppointmentRange,
  findAppointment,
  loadedAppointments,
  patchAppointments,
  recordSave,
} from '../../renderer/src/features/appointments/api';
import {
  cancelledAppointments,
  emptyRange,
  loadRange,
  mergeAppointments,
  nextStamp,
  visibleAppointments,
} from '../../renderer/src/features/appointments/cache';
import type { FrontdeskBridge } from '../../shared/contract';
import type { Appointment } from '../../shared/domain/appointment';
import { appointment, DAY } from '../support/appointmentFixture';

const moved = (base: Appointment, time: string, changedAt: string) => ({
  ...base,
  start: `${DAY}T${time}:00-05:00`,
  lastChangedAt: changedAt,
});

describe('the appointments cache', () => {
  it('keeps the newest lastChangedAt, whatever order the answers arrive in', () => {
    const first = appointment(1);
    const newer = moved(first, '12:00', '2027-01-12T10:05:00-05:00');
    let range = mergeAppointments(emptyRange(DAY, DAY), [first], nextStamp());
    range = mergeAppointments(range, [newer], nextStamp());
    // An older copy from a later request (a slow poll) changes nothing.
    const after = mergeAppointments(range, [first], nextStamp());
    expect(after).toBe(range);
    expect(visibleAppointments(after)[0]?.start).toBe(newer.start);
  });

  it('on a tie of Altegio’s whole seconds, lets the request that began later win', () => {
    const original = appointment(1);
    const loadStamp = nextStamp(); // the day loads…
    const pollStamp = nextStamp(); // …a poll begins…
    const saveStamp = nextStamp(); // …then the desk saves a move in the same second
    const saved = moved(original, '15:00', original.lastChangedAt ?? '');
    let range = mergeAppointments(emptyRange(DAY, DAY), [original], loadStamp);
    range = mergeAppointments(range, [saved], saveStamp);
    // The poll answers last, with the version from before the move and the same timestamp.
    range = mergeAppointments(range, [original], pollStamp);
    expect(visibleAppointments(range)[0]?.start).toBe(saved.start);
  });

  it('forgets what a reload no longer lists, unless it learned of it after the reload began', () => {
    const kept = appointment(1);
    const gone = appointment(2);
    let range = mergeAppointments(emptyRange(DAY, DAY), [kept, gone], nextStamp());
    const reloadStamp = nextStamp();
    const bookedMeanwhile = appointment(3, { start: `${DAY}T16:00:00-05:00` });
    range = mergeAppointments(range, [bookedMeanwhile], nextStamp());
    range = loadRange(range, [kept], 0, reloadStamp);
    expect(visibleAppointments(range).map((item) => item.id)).toEqual([1, 3]);
  });

  it('drops a cancelled appointment and never brings it back from an older copy', () => {
    const live = appointment(1);
    let range = mergeAppointments(emptyRange(DAY, DAY), [live], nextStamp());
    const cancelStamp = nextStamp();
    range = mergeAppointments(range, [{ ...live, deleted: true }], cancelStamp);
    range = mergeAppointments(range, [live], cancelStamp - 1);
    expect(visibleAppointments(range)).toEqual([]);
  });

  it('keeps appointments cancelled elsewhere as tombstones the range can count, not show', () => {
    const kept = appointment(1);
    const cancelledElsewhere = appointment(2, { deleted: true });
    const otherDay = appointment(3, { deleted: true, start: '2027-02-03T10:00:00-05:00' });
    const range = loadRange(emptyRange(DAY, DAY), [kept, cancelledElsewhere, otherDay], 0, nextStamp());
    expect(visibleAppointments(range).map((item) => item.id)).toEqual([1]);
    expect(cancelledAppointments(range).map((item) => item.id)).toEqual([2]);
    expect(range.entries.has(3)).toBe(false);
  });

  it('keeps the known payments when a save’s reply leaves them out', () => {
    const paid = appointment(1, { payments: [{ id: 70, amount: 40.5, appointmentId: null }] });
    let range = mergeAppointments(emptyRange(DAY, DAY), [paid], nextStamp());
    const saved = {
      ...paid,
      comment: 'Window seat',
      payments: null,
      lastChangedAt: '2027-01-12T11:00:00-05:00',
    };
    range = mergeAppointments(range, [saved], nextStamp());
    expect(visibleAppointments(range)[0]).toMatchObject({
      comment: 'Window seat',
      payments: [{ id: 70, amount: 40.5, appointmentId: null }],
    });
    // A read that lists them (none left, say) is believed.
    const read = { ...saved, payments: [], lastChangedAt: '2027-01-12T11:05:00-05:00' };
    range = mergeAppointments(range, [read], nextStamp());
    expect(visibleAppointments(range)[0]?.payments).toEqual([]);
  });

  it('shows only what starts within the range, and lets a moved-away one leave', () => {
    const here = appointment(1);
    let range = mergeAppointments(emptyRange(DAY, DAY), [here], nextStamp());
    const elsewhere = {
      ...here,
      start: '2027-02-03T10:00:00-05:00',
      lastChangedAt: '2027-01-12T11:00:00-05:00',
    };
    range = mergeAppointments(
      range,
      [elsewhere, appointment(9, { start: '2027-02-04T09:00:00-05:00' })],
      nextStamp(),
    );
    expect(visibleAppointments(range)).toEqual([]);
    expect(range.entries.has(9)).toBe(false);
  });
});

describe('saves and polls through the cache', () => {
  afterEach(() => {
    delete (window as { frontdesk?: unknown }).frontdesk;
  });

  it('a poll that began before a move never puts the old time back', async () => {
    const original = appointment(1);
    const savedMove = moved(original, '15:00', original.lastChangedAt ?? '');
    let answerPoll: (value: unknown) => void = () => undefined;
    window.frontdesk = {
      invoke: async (channel: string) => {
        if (channel === 'appointments.list')
          return {
            ok: true,
            data: { appointments: [original], cursor: `${DAY}T09:00:00-05:00`, unreadable: 0 },
          };
        if (channel === 'appointments.move') return { ok: true, data: savedMove };
        if (channel === 'appointments.changes') return new Promise((resolve) => (answerPoll = resolve));
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL' } };
      },
      on: () => () => undefined,
    } as unknown as FrontdeskBridge;
    const queryClient = new QueryClient();
    await fetchAppointmentRange(queryClient, 101, DAY, DAY);

    // The poll starts (Altegio still has the old time), then the desk drags the card.
    const pollStamp = nextStamp();
    const poll = window.frontdesk.invoke('appointments.changes', { locationId: 101, cursor: 'x' });
    await recordSave(queryClient, 101, async () => savedMove);
    answerPoll({ ok: true, data: { appointments: [original], cursor: 'y', unreadable: 0 } });
    const stale = (await poll) as { ok: true; data: { appointments: Appointment[] } };
    patchAppointments(queryClient, 101, stale.data.appointments, pollStamp);

    expect(findAppointment(queryClient, 101, 1)?.start).toBe(savedMove.start);
    expect(loadedAppointments(queryClient, 101).map((item) => item.start)).toEqual([savedMove.start]);
  });

  it('keeps each location’s appointments to itself', async () => {
    window.frontdesk = {
      invoke: async (_channel: string, input: { locationId: number }) => ({
        ok: true,
        data: {
          appointments: [appointment(input.locationId, { locationId: input.locationId })],
          cursor: `${DAY}T09:00:00-05:00`,
          unreadable: 0,
        },
      }),
      on: () => () => undefined,
    } as unknown as FrontdeskBridge;
    const queryClient = new QueryClient();
    await Promise.all([
      fetchAppointmentRange(queryClient, 101, DAY, DAY),
      fetchAppointmentRange(queryClient, 102, DAY, DAY),
    ]);
    patchAppointments(queryClient, 102, [appointment(7, { locationId: 102 })], nextStamp());
    expect(loadedAppointments(queryClient, 101).map((item) => item.locationId)).toEqual([101]);
    expect(
      loadedAppointments(queryClient, 102)
        .map((item) => item.id)
        .sort(),
    ).toEqual([102, 7].sort());
  });
});
