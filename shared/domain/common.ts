import { z } from 'zod';

export const Id = z.number().int().nonnegative();

/** ISO-8601 with an offset, e.g. 2026-03-04T10:00:00-05:00 (the location's offset at that instant). */
export const IsoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);

/** Years a front desk works in; anything else is a typing slip or hostile input. */
export const DESK_YEARS = { first: 1900, last: 2199 } as const;

/** An appointment time a desk may send: ISO with offset, a real date, in a year a desk works in. */
export const DeskDateTime = IsoDateTime.refine((value) => {
  const [year, month, day] = [value.slice(0, 4), value.slice(5, 7), value.slice(8, 10)].map(Number) as [
    number,
    number,
    number,
  ];
  if (year < DESK_YEARS.first || year > DESK_YEARS.last) return false;
  if (Number(value.slice(11, 13)) > 23 || Number(value.slice(14, 16)) > 59) return false;
  return realDay(year, month, day);
}, 'issue.dateTime');

/** A day the month really has (no 30 February), read on the calendar rather than by Date's lenient parser. */
function realDay(year: number, month: number, day: number): boolean {
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return (
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day
  );
}

/** A calendar date "YYYY-MM-DD" that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (value) => realDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))),
    'issue.date',
  );

/** '#rrggbb', lower case. */
export const HexColour = z.string().regex(/^#[0-9a-f]{6}$/, 'issue.colour');

/** A location and its clock: every call that involves times needs both. */
export const LocationRef = z.object({ id: Id, timezone: z.string().min(1) });
export type LocationRef = z.infer<typeof LocationRef>;

/** A custom-field value: text, number, date ("YYYY-MM-DD"), datetime ("YYYY-MM-DD HH:MM:SS") or list choices. */
export const CustomFieldValue = z.union([z.string(), z.number(), z.array(z.string())]);
export type CustomFieldValue = z.infer<typeof CustomFieldValue>;

export const CustomFieldValues = z.record(z.string(), CustomFieldValue);
export type CustomFieldValues = z.infer<typeof CustomFieldValues>;

/** A label as embedded in appointments, clients and events. */
export const LabelRef = z.object({ id: Id, title: z.string(), colour: HexColour.nullable() });
export type LabelRef = z.infer<typeof LabelRef>;
