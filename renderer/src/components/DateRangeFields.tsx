import { useState } from 'react';
import Stack from '@mui/material/Stack';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTime } from 'luxon';
import { DESK_YEARS } from '../../../shared/domain/common';
import { wordIssue } from '../errors';
import { i18n, useMessages } from '../i18n';

const messages = i18n('components/DateRangeFields', {
  dates: 'Dates',
  from: 'From',
  to: 'To',
});

export interface DateRange {
  from: string;
  to: string;
}

/** The longest range a report reads, in days (main refuses more). */
const MAX_DAYS = 366;

/** A complete, valid "YYYY-MM-DD" in a year a desk means; null while the user is still typing one. */
function typedDate(value: DateTime | null): string | null {
  if (!value?.isValid || value.year < DESK_YEARS.first || value.year > DESK_YEARS.last) return null;
  return value.toISODate();
}

/** How far apart From and To may be (days), and the issue that says so. */
interface Longest {
  days: number;
  issue: string;
}

function rangeIssue({ from, to }: DateRange, longest: Longest): string | null {
  if (from > to) return 'issue.range.backwards';
  if (DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days > longest.days) return longest.issue;
  return null;
}

interface DateFieldProps {
  label: string;
  value: string;
  zone: string;
  error: string | null;
  onDate: (date: string) => void;
}

/**
 * A date that counts only once complete: on Enter, on leaving the field or on a day picked in the pop-up.
 * While typing, the field passes through dates nobody means (year 0002), and the report must not load those.
 */
function DateField({ label, value, zone, error, onDate }: DateFieldProps) {
  const [draft, setDraft] = useState<DateTime | null>(() => DateTime.fromISO(value, { zone }));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(DateTime.fromISO(value, { zone }));
  }
  const settle = (candidate: DateTime | null) => {
    const date = typedDate(candidate);
    if (date) onDate(date);
    else setDraft(DateTime.fromISO(value, { zone }));
  };
  return (
    <DatePicker
      label={label}
      value={draft}
      timezone={zone}
      onChange={setDraft}
      onAccept={(accepted, context) => {
        if (context.source === 'view') settle(accepted);
      }}
      slotProps={{
        textField: {
          size: 'small',
          sx: { width: 170 },
          error: Boolean(error),
          helperText: error,
          onBlur: () => settle(draft),
          onKeyDown: (event) => {
            if (event.key === 'Enter') settle(draft);
          },
        },
      }}
    />
  );
}

/** From and To dates (the location's), applied together once they make a range a report can read. */
export function DateRangeFields(props: {
  range: DateRange;
  zone: string;
  onChange: (range: DateRange) => void;
  longest?: Longest;
}) {
  const t = useMessages(messages);
  const longest = props.longest ?? { days: MAX_DAYS, issue: 'issue.range.overAYear' };
  const [draft, setDraft] = useState(props.range);
  const [applied, setApplied] = useState(props.range);
  if (applied !== props.range) {
    setApplied(props.range);
    setDraft(props.range);
  }
  const issue = rangeIssue(draft, longest);
  const change = (next: DateRange) => {
    setDraft(next);
    if (!rangeIssue(next, longest) && (next.from !== props.range.from || next.to !== props.range.to))
      props.onChange(next);
  };
  return (
    <Stack direction="row" spacing={1} role="group" aria-label={t.dates}>
      <DateField
        label={t.from}
        value={draft.from}
        zone={props.zone}
        error={null}
        onDate={(from) => change({ ...draft, from })}
      />
      <DateField
        label={t.to}
        value={draft.to}
        zone={props.zone}
        error={issue && wordIssue(issue)}
        onDate={(to) => change({ ...draft, to })}
      />
    </Stack>
  );
}
