import { describe, expect, it } from 'vitest';
import { activeLabelIds, labelFilterOf } from '../../renderer/src/features/calendar/labelFilter';
import type { Appointment } from '../../shared/domain/appointment';
import type { Label } from '../../shared/domain/label';

const label = (id: number): Label => ({
  id,
  title: `Label ${id}`,
  colour: '#1976d2',
  icon: '',
  entity: 'record',
  editable: true,
});

const carrying = (...ids: number[]) =>
  ({ labels: ids.map((id) => ({ id, title: `Label ${id}`, colour: null })) }) as unknown as Appointment;

describe('the calendar’s label filter', () => {
  it('ignores a chosen label that no longer exists', () => {
    expect(activeLabelIds([1, 2, 3], [label(1), label(3)])).toEqual([1, 3]);
    expect(activeLabelIds([2], [label(1)])).toEqual([]);
  });

  it('keeps the choice as it is until the labels are known', () => {
    expect(activeLabelIds([1, 2], undefined)).toEqual([1, 2]);
  });

  it('shows appointments carrying any chosen label, and everything when none is chosen', () => {
    const filter = labelFilterOf([1, 3]);
    expect(filter?.(carrying(3))).toBe(true);
    expect(filter?.(carrying(2, 1))).toBe(true);
    expect(filter?.(carrying(2))).toBe(false);
    expect(filter?.(carrying())).toBe(false);
    expect(labelFilterOf([])).toBeNull();
  });
});
