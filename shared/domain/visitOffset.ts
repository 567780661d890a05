// Apart from the schemas in contract/visitMove.ts: the renderer's first paint needs these and not zod.

/** How far a whole visit may be moved at once: a fortnight either way. */
export const MAX_VISIT_OFFSET_DAYS = 14;

/** An offset's size in minutes, counting a day as 24 hours: for its direction and its limit. */
export const nominalMinutes = (offset: { days: number; minutes: number }) =>
  offset.days * 24 * 60 + offset.minutes;
