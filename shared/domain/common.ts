import { z } from 'zod';

export const Id = z.number().int().nonnegative();

/** ISO-8601 with an offset, e.g. 2026-03-04T10:00:00-05:00 (the location's offset at that instant). */
export const IsoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);

/** A calendar date "YYYY-MM-DD". */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** '#rrggbb', lower case. */
export const HexColour = z.string().regex(/^#[0-9a-f]{6}$/);

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
