import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { noteOutcome } from '../../../../renderer/src/altegioReach';
import { call } from '../../../../renderer/src/api';
import { NewAppointmentButton } from '../../../../renderer/src/features/appointments/NewAppointmentButton';
import { keptRange, liveOrKept, OfflineBanner } from '../../../../renderer/src/features/offline';
import type { Answer, FrontdeskBridge } from '../../../../shared/contract';
import { renderWithQuery } from '../../bridge';

const ZONE = 'America/New_York';
/** 10:42 at the salon. */
const SYNCED_AT = Date.parse('2027-01-12T15:42:00Z');
const unreachable: Answer<unknown> = {
  ok: false,
  error: { code: 'NETWORK', params: { host: 'api.alteg.io', unreachable: true } },
};
const refused: Answer<unknown> = { ok: false, error: { code: 'SERVER' }, reachedAltegio: true };

/** window.frontdesk answering each channel as given; every request is noted. */
function fakeBridge(answers: Record<string, Answer<unknown>>) {
  const asked: string[] = [];
  window.frontdesk = {
    invoke: (channel: string) => {
      asked.push(channel);
      return Promise.resolve(answers[channel] ?? { ok: true, data: null });
    },
    on: () => () => {},
  } as unknown as FrontdeskBridge;
  return asked;
}

const goesAway = () => act(() => noteOutcome(unreachable));

afterEach(() => {
  act(() => noteOutcome({ ok: true, data: [], reachedAltegio: true }));
});

describe('offline: read-only while Altegio cannot be reached', () => {
  it('shows the banner with the last sync and where the copy is kept, and only while out of reach', async () => {
    fakeBridge({ 'offline.status': { ok: true, data: { storage: 'encrypted' } } });
    renderWithQuery(<OfflineBanner locationId={101} syncedAt={SYNCED_AT} zone={ZONE} />);
    expect(screen.queryByTestId('offline-banner')).toBeNull();
    goesAway();
    const banner = screen.getByTestId('offline-banner');
    expect(banner.textContent).toContain('showing the appointment log as of 10:42 (last sync)');
    await waitFor(() => expect(banner.textContent).toContain('kept encrypted on this computer'));
    act(() => noteOutcome({ ok: true, data: null, reachedAltegio: true }));
    expect(screen.queryByTestId('offline-banner')).toBeNull();
  });

  it('says the copy is in memory only where there is no key store, and when nothing was synced yet', async () => {
    fakeBridge({ 'offline.status': { ok: true, data: { storage: 'memory' } } });
    renderWithQuery(<OfflineBanner locationId={101} syncedAt={null} zone={ZONE} />);
    goesAway();
    const banner = screen.getByTestId('offline-banner');
    expect(banner.textContent).toContain('could not be synced yet');
    await waitFor(() =>
      expect(banner.textContent).toContain('kept in memory only: this system has no key store'),
    );
  });

  it('disables New appointment with the reason, and enables it again', () => {
    fakeBridge({});
    const { rerender } = renderWithQuery(
      <NewAppointmentButton onClick={() => {}} readOnly="Altegio is away" />,
    );
    const button = screen.getByRole('button', { name: 'New appointment' });
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('title')).toBe('Altegio is away');
    rerender(<NewAppointmentButton onClick={() => {}} readOnly={null} />);
    expect(screen.getByRole('button', { name: 'New appointment' })).toHaveProperty('disabled', false);
  });
});

describe('offline: the kept copy stands in for a read', () => {
  const kept = {
    days: [{ date: '2027-01-12', syncedAt: SYNCED_AT }],
    appointments: [],
    cursor: '2027-01-12T10:42:00-05:00',
  };

  it('only when Altegio cannot be reached, and only for days that were all kept', async () => {
    fakeBridge({ 'appointments.list': unreachable, 'offline.days': { ok: true, data: kept } });
    const read = () =>
      liveOrKept(
        () => call('appointments.list', { locationId: 101, from: '2027-01-12', to: '2027-01-12' }),
        () => keptRange(101, '2027-01-12', '2027-01-12'),
      );
    await expect(read()).resolves.toEqual({
      appointments: [],
      cursor: kept.cursor,
      unreadable: 0,
      syncedAt: SYNCED_AT,
    });

    const asked = fakeBridge({ 'appointments.list': refused, 'offline.days': { ok: true, data: kept } });
    await expect(read()).rejects.toMatchObject({ code: 'SERVER' });
    expect(asked).toEqual(['appointments.list']);

    const partly = { ...kept, days: [...kept.days, { date: '2027-01-13', syncedAt: null }] };
    fakeBridge({ 'appointments.list': unreachable, 'offline.days': { ok: true, data: partly } });
    await expect(read()).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
