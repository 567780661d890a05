import { Suspense, type ComponentProps } from 'react';
import { DateTime } from 'luxon';
import { lazyPart, usePartsPrefetched } from '../../lazyPart';
import { StandInField } from './StandInField';

// The date picker is a large part of the renderer: the calendar paints first, the picker follows.
const GoToDateField = lazyPart(() => import('./GoToDateField').then((module) => module.GoToDateField));

/** "Go to date", shown as a read-only field of the same size until the calendar is painted and its picker loaded. */
export function GoToDate(props: ComponentProps<typeof GoToDateField>) {
  const prefetched = usePartsPrefetched();
  const placeholder = (
    <StandInField
      label="Go to date"
      sx={{ width: 170 }}
      value={DateTime.fromISO(props.date).toFormat('LL/dd/yyyy')}
    />
  );
  return prefetched ? (
    <Suspense fallback={placeholder}>
      <GoToDateField {...props} />
    </Suspense>
  ) : (
    placeholder
  );
}
