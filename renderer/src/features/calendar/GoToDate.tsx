import { lazy, Suspense, type ComponentProps } from 'react';
import TextField from '@mui/material/TextField';
import { DateTime } from 'luxon';

// The date picker is a large part of the renderer: the calendar paints first, the picker follows.
const GoToDateField = lazy(() =>
  import('./GoToDateField').then((module) => ({ default: module.GoToDateField })),
);

/** "Go to date", shown as a read-only field of the same size until its picker has loaded. */
export function GoToDate(props: ComponentProps<typeof GoToDateField>) {
  const placeholder = (
    <TextField
      label="Go to date"
      size="small"
      sx={{ width: 170 }}
      value={DateTime.fromISO(props.date).toFormat('LL/dd/yyyy')}
      disabled
    />
  );
  return (
    <Suspense fallback={placeholder}>
      <GoToDateField {...props} />
    </Suspense>
  );
}
