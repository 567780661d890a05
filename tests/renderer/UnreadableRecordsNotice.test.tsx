import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBar } from '../../renderer/src/app/StatusBar';
import { EMMA, LIAM, SALON_ID } from '../support/demoSalon';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from './bridge';

const emulator = emulatorForThisFile();
const WRONG_TYPE = { not: 'text' } as unknown as string;

describe('the status bar’s line for unreadable records', () => {
  it('names the team members Altegio sent unreadable until a read of the team comes back clean', async () => {
    const { pass } = await openDemoBridge(emulator());
    const names = new Map<number, string>();
    emulator().editStore((store) => {
      for (const id of [EMMA, LIAM]) {
        names.set(id, store.staff.get(id)!.name);
        store.staff.get(id)!.name = WRONG_TYPE;
      }
    });
    renderWithQuery(<StatusBar />);
    await screen.findByTestId('connection');
    expect(screen.queryByTestId('unreadable-records')).toBeNull();

    const team = await pass('team.list', { locationId: SALON_ID });
    const shown = team.ok ? (team.data as { id: number }[]).map((member) => member.id) : [];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain(EMMA);
    expect((await screen.findByTestId('unreadable-records')).textContent).toBe(
      '2 team members from Altegio could not be shown',
    );

    emulator().editStore((store) => (store.staff.get(EMMA)!.name = names.get(EMMA)!));
    await pass('team.list', { locationId: SALON_ID });
    await waitFor(() =>
      expect(screen.getByTestId('unreadable-records').textContent).toBe(
        '1 team member from Altegio could not be shown',
      ),
    );

    emulator().editStore((store) => (store.staff.get(LIAM)!.name = names.get(LIAM)!));
    await pass('team.list', { locationId: SALON_ID });
    await waitFor(() => expect(screen.queryByTestId('unreadable-records')).toBeNull());
  });
});
