import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CREDENTIALS } from '../../electron/emulator';
import { LabelDialog } from '../../renderer/src/features/labels/LabelDialog';
import type { AppErrorShape, Result } from '../../shared/errors';
import type { Label } from '../../shared/domain/label';
import { altegioHttp } from '../support/altegioHttp';
import { SALON_ID } from '../support/demoSalon';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from './bridge';

const testEmulator = emulatorForThisFile();
afterEach(() => {
  testEmulator().denyRights(DEMO_CREDENTIALS.login, []);
});

type Invoke = (channel: string, input?: unknown) => Promise<Result<unknown>>;

/**
 * Opens the dialog for a new appointment label, behind the real main core and emulator. `intercept` may
 * answer a request itself (return a Result) or let it through (return undefined).
 */
async function openNewLabel(intercept?: (channel: string, input: unknown, pass: Invoke) => unknown) {
  const { pass, channels } = await openDemoBridge(testEmulator(), intercept);
  const known = (await pass('labels.list', { locationId: SALON_ID, target: 'appointment' })) as Result<
    Label[]
  >;
  const onSaved = vi.fn<(label: Label) => void>();
  renderWithQuery(
    <LabelDialog
      locationId={SALON_ID}
      target="appointment"
      label={null}
      known={known.ok ? known.data : []}
      onClose={vi.fn()}
      onSaved={onSaved}
    />,
  );
  const dialog = await screen.findByRole('form', { name: 'New appointment label' });
  return { dialog, channels, onSaved };
}

async function storedLabels(title: string) {
  const http = await altegioHttp(testEmulator());
  const reply = await http.get(`/labels/${SALON_ID}/record`);
  return (reply.body.data as Array<{ id: number; title: string; color: string; icon: string }>).filter(
    (label) => label.title === title,
  );
}

const field = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole('textbox', { name }) as HTMLInputElement;

describe('the label dialog', () => {
  it('checks the hex colour as it is typed and sends nothing until it is one', async () => {
    const { dialog, channels } = await openNewLabel();
    await userEvent.type(field(dialog, 'Title'), 'Allergy');
    const hex = field(dialog, 'Hex colour');
    await userEvent.clear(hex);
    await userEvent.type(hex, 'red');
    expect(await within(dialog).findByText('Pick a colour such as #4caf50.')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create label' }));
    expect(channels).not.toContain('labels.create');
    // Upper case without '#' is a colour too: the error goes and the preview takes it.
    await userEvent.clear(hex);
    await userEvent.type(hex, 'ABC123');
    await waitFor(() => expect(within(dialog).queryByText('Pick a colour such as #4caf50.')).toBeNull());
    const chip = within(within(dialog).getByTestId('label-preview')).getByText('Allergy');
    expect(chip.style.backgroundColor).toMatch(/#abc123|rgb\(171, 193, 35\)/);
  });

  it('creates the label in Altegio with the chosen swatch, icon and kind', async () => {
    const { dialog, onSaved } = await openNewLabel();
    await userEvent.type(field(dialog, 'Title'), 'Patch tested');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Teal' }));
    expect(field(dialog, 'Hex colour').value).toBe('#00796b');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Icon' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Heart' }));
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Appointments and clients (common)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create label' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ title: 'Patch tested', entity: 'common' });
    const http = await altegioHttp(testEmulator());
    const common = (await http.get(`/labels/${SALON_ID}/common`)).body.data as Array<Record<string, unknown>>;
    expect(common.find((label) => label.title === 'Patch tested')).toMatchObject({
      color: '#00796b',
      icon: 'heart',
    });
  });

  it('keeps everything typed and says plainly when this user may not manage labels', async () => {
    testEmulator().denyRights(DEMO_CREDENTIALS.login, ['labels.manage']);
    const { dialog, onSaved } = await openNewLabel();
    await userEvent.type(field(dialog, 'Title'), 'No rights');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create label' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This Altegio user does not have the right to manage labels');
    expect(alert.textContent).toContain('Not enough rights');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(field(dialog, 'Title').value).toBe('No rights');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await storedLabels('No rights')).toEqual([]);
  });

  it('puts Altegio’s refusal of a field under that field', async () => {
    const refusal: AppErrorShape = {
      code: 'VALIDATION',
      params: { status: 422 },
      detail: { fields: { colour: 'Altegio does not allow this colour.' } },
    };
    const { dialog } = await openNewLabel((channel) =>
      channel === 'labels.create' ? { ok: false, error: refusal } : undefined,
    );
    await userEvent.type(field(dialog, 'Title'), 'Refused');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create label' }));
    const hex = field(dialog, 'Hex colour');
    await waitFor(() => expect(hex.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Altegio does not allow this colour.')).toBeTruthy();
    expect(field(dialog, 'Title').value).toBe('Refused');
  });

  it('offers Retry when the answer was lost, and Retry never makes the label twice', async () => {
    let loseNextAnswer = true;
    const { dialog, onSaved } = await openNewLabel(async (channel, input, pass) => {
      if (channel !== 'labels.create' || !loseNextAnswer) return undefined;
      loseNextAnswer = false;
      await pass(channel, input); // Altegio makes the label; its answer never arrives.
      return { ok: false, error: { code: 'NETWORK', params: { host: 'api.alteg.io' } } };
    });
    await userEvent.type(field(dialog, 'Title'), 'Lost answer');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create label' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Could not reach api.alteg.io');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(await storedLabels('Lost answer')).toHaveLength(1);
    expect(onSaved.mock.calls[0]?.[0].id).toBe((await storedLabels('Lost answer'))[0]?.id);
  });
});
