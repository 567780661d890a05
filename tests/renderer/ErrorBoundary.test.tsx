import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/src/components/ErrorBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('The calendar could not be drawn');
  return <p>Calendar</p>;
}

function Switcher() {
  const [key, setKey] = useState(0);
  return (
    <>
      <button onClick={() => setKey((value) => value + 1)}>switch</button>
      <ErrorBoundary resetKey={key}>
        <Fragile />
      </ErrorBoundary>
    </>
  );
}

describe('ErrorBoundary', () => {
  it('shows the failure in place and recovers when asked', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The calendar could not be drawn');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Calendar')).toBeTruthy();
  });

  it('clears the error when its reset key changes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    render(<Switcher />);
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'switch' }));
    expect(screen.getByText('Calendar')).toBeTruthy();
  });
});
