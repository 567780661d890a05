import type { ReactElement } from 'react';
import { Hint } from '../../components/Hint';

/**
 * Around a control its caller disabled while read-only: the reason on hover (a disabled control gets no
 * pointer events of its own, so the hint sits on a wrapper). The banner says it for the keyboard too.
 */
export function ReadOnlyHint({ reason, children }: { reason: string | null; children: ReactElement }) {
  if (reason === null) return children;
  return (
    <Hint describeChild title={reason}>
      <span data-read-only="true" style={{ display: 'inline-flex' }}>
        {children}
      </span>
    </Hint>
  );
}
