import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomFieldDialog } from '../../renderer/src/features/customFields/CustomFieldDialog';
import type { CustomField } from '../../shared/domain/customField';
import type { Result } from '../../shared/errors';
import { altegioHttp } from '../support/altegioHttp';
import { SALON_ID } from '../support/demoSalon';
import { emulatorForThisFile, openDemoBridge } from './bridge';

const testEmulator = emulatorForThisFile();

/** The dialog for a new appointment field behind the real core and emulator; the first create's answer is lost. */
async function openWithLostAnswer() {
  let loseNextAnswer = true;
  const { pass } = await openDemoBridge(testEmulator(), async (channel, input, through) => {
    if (channel !== 'customFields.create' || !loseNextAnswer) return undefined;
    loseNextAnswer = false;
    await through(channel, input); // Altegio makes the field; its answer never arrives.
    return { ok: false, error: { code: 'NETWORK', params: { host: 'api.alteg.io' } } };
  });
  const list = async () => {
    const listed = (await pass('customFields.list', { locationId: SALON_ID, category: 'record' })) as Result<
      CustomField[]
    >;
    return listed.ok ? listed.data : [];
  };
  const onClose = vi.fn();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const ui = (fields: CustomField[]) => (
    <QueryClientProvider client={queryClient}>
      <CustomFieldDialog
        locationId={SALON_ID}
        category="record"
        editing={null}
        fields={fields}
        onClose={onClose}
      />
    </QueryClientProvider>
  );
  const view = render(ui(await list()));
  const dialog = await screen.findByRole('form', { name: 'New appointment field' });
  return { dialog, onClose, rerenderWithFreshList: async () => view.rerender(ui(await list())) };
}

async function storedCodes(code: string) {
  const http = await altegioHttp(testEmulator());
  const reply = await http.get(`/custom_fields/record/${SALON_ID}`);
  return (reply.body.data as Array<{ custom_field: { code: string } }>).filter(
    (item) => item.custom_field.code === code,
  );
}

describe('the custom field dialog', () => {
  it.each([
    ['as it was', false],
    ['after the list was reloaded with the field in it', true],
  ])(
    'offers Retry when the answer was lost, and Retry never makes the field twice (%s)',
    async (_how, reload) => {
      const code = reload ? 'lost_then_listed' : 'lost_answer';
      const { dialog, onClose, rerenderWithFreshList } = await openWithLostAnswer();
      await userEvent.type(within(dialog).getByRole('textbox', { name: 'Title' }), code.replace(/_/g, ' '));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Create field' }));
      const alert = await within(dialog).findByRole('alert');
      expect(alert.textContent).toContain('Could not reach api.alteg.io');
      if (reload) await rerenderWithFreshList();
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
      expect(await storedCodes(code)).toHaveLength(1);
    },
  );
});
