import { Suspense, type ComponentProps } from 'react';
import { DateTime } from 'luxon';
import { i18n, useMessages } from '../../i18n';
import { lazyPart, usePartsPrefetched } from '../../lazyPart';
import { StandInField } from './StandInField';

// The date picker is a large part of the renderer: the calendar paints first, the picker follows.
const GoToDateField = lazyPart(() => import('./GoToDateField').then((module) => module.GoToDateField));

const messages = i18n('calendar/GoToDate', {
  goToDate: 'Go to date',
  /** How the date picker writes a date in this language (Luxon's tokens). */
  format: 'LL/dd/yyyy',
});

/** "Go to date", shown as a read-only field of the same size until the calendar is painted and its picker loaded. */
export function GoToDate(props: ComponentProps<typeof GoToDateField>) {
  const prefetched = usePartsPrefetched();
  const t = useMessages(messages);
  const placeholder = (
    <StandInField
      label={t.goToDate}
      sx={{ width: 170 }}
      value={DateTime.fromISO(props.date).toFormat(t.format)}
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
