import { z } from 'zod';

/**
 * The lists whose records Frontdesk reads one by one: a record Altegio sends in a form Frontdesk cannot
 * read is left out and counted, and the others still show. Appointments have their own count (the calendar).
 */
export const UnreadableResource = z.enum([
  'teamMembers',
  'workingHours',
  'services',
  'serviceCategories',
  'clients',
  'clientNotes',
  'labels',
  'customFields',
  'locations',
  'reviews',
  'groupEvents',
  'enrolments',
  'scheduleEvents',
  'onlineTeamMembers',
  'bookableTimes',
  'reportAppointments',
]);
export type UnreadableResource = z.infer<typeof UnreadableResource>;

/** How many records of one list the last read of it left out (0: it came back clean). */
export const UnreadableReport = z.object({
  resource: UnreadableResource,
  count: z.number().int().min(0),
});
export type UnreadableReport = z.infer<typeof UnreadableReport>;
