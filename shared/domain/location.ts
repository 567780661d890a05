import { z } from 'zod';

export const Location = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  city: z.string(),
  address: z.string(),
  /** IANA zone; the clock of the whole UI while this location is open. */
  timezone: z.string(),
  phone: z.string(),
  /** ISO 4217 code as Altegio's `currency_short_title` gives it ("USD"), or a symbol; '' when unknown. */
  currency: z.string(),
});
export type Location = z.infer<typeof Location>;
