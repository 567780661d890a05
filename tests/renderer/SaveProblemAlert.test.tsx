import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaveProblemAlert } from '../../renderer/src/features/appointments/SaveProblemAlert';
import type { SaveProblem } from '../../renderer/src/features/appointments/useSaveAppointment';
import { BridgeError } from '../../renderer/src/api';
import { settingsProblem } from '../../renderer/src/settingsProblem';

const noop = () => {};
const show = (problem: SaveProblem, editing = false) =>
  render(
    <SaveProblemAlert
      problem={problem}
      editing={editing}
      onSaveAnyway={noop}
      onRetry={noop}
      onOverwrite={noop}
      onDismiss={noop}
    />,
  );

describe('SaveProblemAlert', () => {
  it('never leads an outcome that could not be checked with "Not saved"', () => {
    show({ kind: 'network', message: 'Altegio did not answer…', unknown: true }, true);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Perhaps saved: /);
    expect(alert.textContent).not.toContain('Not saved');
  });

  it('says "Not saved" when nothing was sent', () => {
    show({ kind: 'network', message: 'Altegio cannot be reached…', notSent: true });
    expect(screen.getByRole('alert').textContent).toMatch(/^Not saved: /);
  });
});

describe('settingsProblem', () => {
  it('marks a change that may have been carried out, so it is not offered again', () => {
    const words = { right: 'manage labels', gone: 'Gone.', fallback: 'Not saved.' };
    const unknown = new BridgeError({ code: 'TIMEOUT', params: { saveUnknown: true } });
    expect(settingsProblem(unknown, words)).toMatchObject({ kind: 'network', unknown: true });
    const plain = new BridgeError({ code: 'TIMEOUT', params: {} });
    expect(settingsProblem(plain, words)).not.toHaveProperty('unknown');
  });
});
