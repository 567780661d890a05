import { cloneElement, Suspense, type ReactElement } from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';
import { lazyPart, usePartsPrefetched } from '../lazyPart';

const Tooltip = lazyPart(() => import('@mui/material/Tooltip').then((module) => module.default));

/**
 * MUI's Tooltip for what the calendar's first paint shows (the toolbar, the app bar, the status bar): it
 * loads with the other lazy parts once that paint is done. Until then the child shows as it will inside
 * the Tooltip, with the same accessible name, only without the hint on hover.
 */
export function Hint(props: TooltipProps) {
  const prefetched = usePartsPrefetched();
  const standIn = cloneElement(props.children, closedTooltipNaming(props));
  if (!prefetched) return standIn;
  return (
    <Suspense fallback={standIn}>
      <Tooltip {...props} />
    </Suspense>
  );
}

/** What MUI's Tooltip, closed, gives its child: a string hint names a child without a name of its own. */
function closedTooltipNaming({ title, describeChild, children }: TooltipProps) {
  const own = (children as ReactElement<{ 'aria-label'?: string }>).props['aria-label'];
  if (describeChild || typeof title !== 'string' || title === '' || own !== undefined) return {};
  return { 'aria-label': title };
}
