import type { LabelRef } from '../../../../shared/domain/common';
import { labelTextColour } from './model';
import './labelChip.css';

/**
 * A label's chip: the calendar's cards and the Settings preview draw the same one. Plain JSX (no MUI):
 * a day of appointments draws hundreds of them.
 */
export function LabelChip({ label }: { label: Pick<LabelRef, 'title' | 'colour'> }) {
  return (
    <span
      className="fd-label"
      style={
        label.colour ? { backgroundColor: label.colour, color: labelTextColour(label.colour) } : undefined
      }
    >
      {label.title}
    </span>
  );
}
