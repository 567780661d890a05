import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CREDENTIALS } from '../../electron/emulator';
import { VisitDialog } from '../../renderer/src/features/visits';
import type { AppErrorShape, Result } from '../../shared/errors';
import { altegioHttp } from '../support/altegioHttp';
import { addDays, SALON_ID, SALON_TODAY, SALON_ZONE } from '../support/demoSalon';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from './bridge';

const testEmulator = emulatorForThisFile();
afterEach(() => {
  testEmulator().denyRights(DEMO_CREDENTIALS.login, []);
});

type Invoke = (channel: string, input?: unknown) => Promise<Result<unknown>>;

/** An attended (so paid) appointment of the last days, and its visit. */
async function paidVisit() {
  const http = await altegioHttp(testEmulator());
  const from = addDays(SALON_TODAY, -3);
  const to = addDays(SALON_TODAY, -1);
  const records = (await http.get(`/records/${SALON_ID}?start_date=${from}&end_date=${to}&count=500`)).body
    .data as Array<{ id: number; visit_id: number; attendance: number; activity_id: number; services: [] }>;
  const found = records.find((r) => r.attendance === 1 && !r.activity_id && r.services.length > 0);
  if (!found) throw new Error('no attended appointment');
  return { http, visitId: found.visit_id, appointmentId: found.id };
}

async function openVisit(intercept?: (channel: string, input: unknown, pass: Invoke) => unknown) {
  const { http, visitId, appointmentId } = await paidVisit();
  const { channels } = await openDemoBridge(testEmulator(), intercept);
  renderWithQuery(
    <VisitDialog
      visitKey={{ locationId: SALON_ID, visitId, appointmentId }}
      zone={SALON_ZONE}
      teamMembers={[]}
      onClose={vi.fn()}
    />,
  );
  const dialog = await screen.findByRole('dialog', { name: `Visit #${visitId}` });
  await within(dialog).findByRole('table', { name: 'Totals' });
  return { dialog, channels, http, visitId };
}

const comment = (dialog: HTMLElement) =>
  within(dialog).getByRole('textbox', { name: 'Visit comment' }) as HTMLTextAreaElement;

async function markNoShow(dialog: HTMLElement, text: string) {
  await userEvent.click(
    within(within(dialog).getByRole('group', { name: 'Attendance' })).getByRole('button', {
      name: 'No-show',
    }),
  );
  await userEvent.type(comment(dialog), text);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Save visit' }));
}

describe('the visit dialog', () => {
  it('shows what was sold and paid, with the totals and the receipt actions', async () => {
    const { dialog } = await openVisit();
    const rows = within(within(dialog).getByRole('table', { name: 'Totals' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent?.replace(/[\d.,$]+$/, ''))).toEqual([
      'Total',
      'Paid',
      'Still to pay',
    ]);
    expect(rows[2]?.textContent).toMatch(/Still to pay\$?0$/);
    expect(within(dialog).getByRole('table', { name: 'Items' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Save receipt PDF…' })).toBeTruthy();
  });

  it('puts Altegio’s refusal of the comment under it and keeps what was typed', async () => {
    const refusal: AppErrorShape = {
      code: 'VALIDATION',
      params: { status: 422 },
      detail: { message: 'An error has occurred.', fields: { comment: 'The comment has forbidden words.' } },
    };
    const { dialog, http, visitId } = await openVisit((channel) =>
      channel === 'visits.update' ? { ok: false, error: refusal } : undefined,
    );
    await markNoShow(dialog, 'Rude words');
    await waitFor(() => expect(comment(dialog).getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('The comment has forbidden words.')).toBeTruthy();
    expect(comment(dialog).value).toBe('Rude words');
    expect(within(dialog).queryByText('Saved in Altegio.')).toBeNull();
    expect((await http.get(`/visits/${visitId}`)).body.data.attendance).toBe(1);
  });

  it('explains a 403 and keeps the dialog as it was typed', async () => {
    testEmulator().denyRights(DEMO_CREDENTIALS.login, ['visits.modify']);
    const { dialog, http, visitId } = await openVisit();
    await markNoShow(dialog, 'Not allowed');
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This Altegio user does not have the right to change visits');
    expect(comment(dialog).value).toBe('Not allowed');
    expect(
      within(within(dialog).getByRole('group', { name: 'Attendance' }))
        .getByRole('button', { name: 'No-show' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect((await http.get(`/visits/${visitId}`)).body.data.attendance).toBe(1);
  });

  it('says why a receipt that is not a PDF was not saved', async () => {
    const { dialog } = await openVisit((channel) =>
      channel === 'visits.saveReceipt'
        ? { ok: false, error: { code: 'SERVER', params: { reason: 'notPdf' } } }
        : undefined,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save receipt PDF…' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('sent a receipt that is not a PDF document');
  });
});
