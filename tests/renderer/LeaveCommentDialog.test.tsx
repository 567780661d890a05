import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useCommentsSummary } from '../../renderer/src/features/comments/api';
import { LeaveCommentDialog } from '../../renderer/src/features/comments/LeaveCommentDialog';
import type { Comment } from '../../shared/domain/comment';
import type { TeamMember } from '../../shared/domain/teamMember';
import type { AppErrorShape, Result } from '../../shared/errors';
import { altegioHttp } from '../support/altegioHttp';
import { EMMA, SALON_ID, SALON_TODAY } from '../support/demoSalon';
import { emulatorForThisFile, openDemoBridge, renderWithQuery } from './bridge';

const testEmulator = emulatorForThisFile();
type Invoke = (channel: string, input?: unknown) => Promise<Result<unknown>>;

/** The reviews page's averages, on screen behind the dialog. */
function SummaryBehind() {
  useCommentsSummary(SALON_ID, SALON_TODAY, SALON_TODAY);
  return null;
}

async function openDialog(intercept?: (channel: string, input: unknown, pass: Invoke) => unknown) {
  const { pass, channels } = await openDemoBridge(testEmulator(), intercept);
  const team = (await pass('team.list', { locationId: SALON_ID })) as Result<TeamMember[]>;
  const onSaved = vi.fn<(comment: Comment) => void>();
  renderWithQuery(
    <>
      <SummaryBehind />
      <LeaveCommentDialog
        locationId={SALON_ID}
        team={team.ok ? team.data : []}
        teamMemberId={EMMA}
        onClose={vi.fn()}
        onSaved={onSaved}
      />
    </>,
  );
  const dialog = await screen.findByRole('form', { name: 'Leave a review' });
  return { dialog, channels, onSaved };
}

const textbox = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole('textbox', { name }) as HTMLInputElement;

async function fill(dialog: HTMLElement, text: string, author: string) {
  // A plain click: jsdom lays nothing out, so the pointer position MUI's stars read would be NaN.
  fireEvent.click(within(dialog).getByRole('radio', { name: '2 stars' }));
  await userEvent.type(textbox(dialog, 'Review'), text);
  await userEvent.type(textbox(dialog, 'Name of the reviewer'), author);
}

const submit = (dialog: HTMLElement) =>
  userEvent.click(within(dialog).getByRole('button', { name: 'Leave review' }));

describe('the leave-a-review dialog', () => {
  it('says what is missing at each input and sends nothing', async () => {
    const { dialog, channels } = await openDialog();
    await submit(dialog);
    expect(await within(dialog).findByText('Choose a rating from 1 to 5 stars.')).toBeTruthy();
    expect(within(dialog).getByText('Write what the client said.')).toBeTruthy();
    expect(within(dialog).getByText('Enter the name of the reviewer.')).toBeTruthy();
    expect(channels).not.toContain('comments.leave');
  });

  it('leaves the review about the chosen member in Altegio', async () => {
    const { dialog, onSaved } = await openDialog();
    await fill(dialog, 'Too short a fringe', 'Hugo P.');
    await submit(dialog);
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ teamMemberId: EMMA, rating: 2 });
    const http = await altegioHttp(testEmulator());
    const stored = (await http.get(`/comments/${SALON_ID}?staff_id=${EMMA}&count=500`)).body.data as Array<{
      text: string;
      rating: number;
      user_name: string;
    }>;
    expect(stored.filter((c) => c.text === 'Too short a fringe')).toEqual([
      expect.objectContaining({ rating: 2, user_name: 'Hugo P.' }),
    ]);
  });

  it('puts Altegio’s refusal of mark, text and name under their inputs and keeps what was typed', async () => {
    // As main reports Altegio's 422 once it has named the wire fields (mark, name) as the form's.
    const refusal: AppErrorShape = {
      code: 'VALIDATION',
      params: { status: 422 },
      detail: {
        message: 'An error has occurred.',
        fields: {
          rating: 'The mark must be between 1 and 5.',
          text: 'The text may not contain links.',
          authorName: 'The name is too short.',
        },
      },
    };
    const { dialog, onSaved } = await openDialog((channel) =>
      channel === 'comments.leave' ? { ok: false, error: refusal } : undefined,
    );
    await fill(dialog, 'See http://example.com', 'Q');
    await submit(dialog);
    await waitFor(() => expect(textbox(dialog, 'Review').getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('The text may not contain links.')).toBeTruthy();
    expect(within(dialog).getByText('The name is too short.')).toBeTruthy();
    expect(within(dialog).getByText('The mark must be between 1 and 5.')).toBeTruthy();
    expect(textbox(dialog, 'Review').value).toBe('See http://example.com');
    expect(textbox(dialog, 'Name of the reviewer').value).toBe('Q');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('after a lost answer says it may be saved, offers no Retry and keeps the input', async () => {
    const lost: AppErrorShape = { code: 'NETWORK', params: { host: '127.0.0.1', saveUnknown: true } };
    const { dialog, channels } = await openDialog((channel) =>
      channel === 'comments.leave' ? { ok: false, error: lost } : undefined,
    );
    await fill(dialog, 'Lovely colour', 'Ida');
    await submit(dialog);
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('could not check whether Altegio carried out the change');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(textbox(dialog, 'Review').value).toBe('Lovely colour');
    expect(channels.filter((c) => c === 'comments.leave')).toHaveLength(1);
    // The lists behind are read again: they tell whether the review was saved after all.
    await waitFor(() => expect(channels.filter((c) => c === 'comments.summary')).toHaveLength(2));
  });

  it('offers Retry when Altegio could not be reached before anything was sent', async () => {
    const down: AppErrorShape = { code: 'RATE_LIMITED' };
    const { dialog } = await openDialog((channel) =>
      channel === 'comments.leave' ? { ok: false, error: down } : undefined,
    );
    await fill(dialog, 'Great', 'Jo');
    await submit(dialog);
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
