import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticeBar } from '../../renderer/src/components/NoticeBar';
import { isolate, withoutIsolates } from '../../renderer/src/components/isolate';

const RLO = '\u202E';

describe('isolating text from Altegio in strings', () => {
  it('wraps the text in one isolate that a stray closing mark inside cannot end early', () => {
    expect(isolate('Emma')).toBe('\u2068Emma\u2069');
    // U+2069 in a name would otherwise close the isolate and let the override after it run on.
    expect(isolate(`Eve\u2069${RLO}cod.exe`)).toBe(`\u2068Eve${RLO}cod.exe\u2069`);
    expect(withoutIsolates(`Working hours of ${isolate('Emma')}`)).toBe('Working hours of Emma');
  });

  it('shows a notice’s isolated names as <bdi>, so its text carries no control characters', async () => {
    const name = `Eve ${RLO}cod.exe`;
    render(
      <NoticeBar
        notice={{ severity: 'success', message: `Cancelled ${isolate(name)} · Tue 12 Jan, 12:00` }}
        onClose={() => {}}
      />,
    );
    await screen.findByRole('alert'); // the snackbar's code loads with the first notice
    const message = document.querySelector('.MuiAlert-message')!;
    expect([...message.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([name]);
    expect(message.textContent).toBe(`Cancelled ${name} · Tue 12 Jan, 12:00`);
  });
});
