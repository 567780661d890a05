import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LabelsTable } from '../../renderer/src/features/labels/LabelsTable';
import type { Label } from '../../shared/domain/label';

const labels: Label[] = [
  { id: 1, title: 'VIP', colour: '#ffb300', icon: 'star', entity: 'record', editable: true },
  { id: 2, title: 'Online booking', colour: '#3949ab', icon: '', entity: 'common', editable: false },
  { id: 3, title: 'Legacy', colour: '#546e7a', icon: 'odnoklassniki', entity: 'record', editable: true },
];

function rowOf(title: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: title });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

describe('the labels table', () => {
  it('draws each chip as the calendar does, with readable text on its colour', () => {
    render(<LabelsTable caption="Appointment labels" labels={labels} onEdit={vi.fn()} onDelete={vi.fn()} />);
    const amber = within(rowOf('VIP')).getByText('VIP', { selector: '.fd-label' });
    expect(amber.style.backgroundColor).toMatch(/#ffb300|rgb\(255, 179, 0\)/);
    expect(amber.style.color).toMatch(/#212121|rgb\(33, 33, 33\)/);
    const indigo = within(rowOf('Online booking')).getByText('Online booking', { selector: '.fd-label' });
    expect(indigo.style.color).toMatch(/#ffffff|rgb\(255, 255, 255\)/);
  });

  it('shows colour, icon and whether a label is common to both kinds', () => {
    render(<LabelsTable caption="Appointment labels" labels={labels} onEdit={vi.fn()} onDelete={vi.fn()} />);
    expect(rowOf('VIP').textContent).toContain('#ffb300');
    expect(rowOf('VIP').textContent).toContain('Star');
    expect(rowOf('VIP').textContent).toContain('No');
    expect(rowOf('Online booking').textContent).toContain('Yes');
    // An icon name Frontdesk has no picture for is still named.
    expect(rowOf('Legacy').textContent).toContain('odnoklassniki');
  });

  it('offers Edit and Delete, except on labels Altegio does not let anyone change, and says why', async () => {
    const onEdit = vi.fn();
    const onDelete = vi.fn();
    render(<LabelsTable caption="Appointment labels" labels={labels} onEdit={onEdit} onDelete={onDelete} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit VIP' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete Legacy' }));
    expect(onEdit).toHaveBeenCalledWith(labels[0]);
    expect(onDelete).toHaveBeenCalledWith(labels[2]);
    const fixed = rowOf('Online booking');
    expect(within(fixed).queryByRole('button')).toBeNull();
    expect(fixed.textContent).toContain('it cannot be changed or deleted');
  });
});
