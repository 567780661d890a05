import type { DateTime } from 'luxon';

/** Years a front desk can mean; a year still being typed ("2", "20", "202") falls outside. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

/**
 * The local date ("YYYY-MM-DD") a date field holds once it is a complete, valid date, else null: while
 * the user types, the field passes through dates that do not exist (02/29/2026) or are not meant
 * (year 0002), and the calendar must not follow those.
 */
export function typedDate(value: DateTime | null | undefined): string | null {
  if (!value?.isValid) return null;
  if (value.year < FIRST_YEAR || value.year > LAST_YEAR) return null;
  return value.toISODate();
}
