import { z } from 'zod';
import { AppointmentStatus } from './appointment';
import { Id, IsoDateTime } from './common';

/** An appointment booked through this integration (Altegio's partner records), as the report shows it. */
export const PartnerAppointment = z.object({
  id: Id,
  start: IsoDateTime.nullable(),
  durationSeconds: z.number().int().nonnegative(),
  teamMember: z.object({ id: Id, name: z.string() }).nullable(),
  client: z.object({ id: Id, name: z.string(), phone: z.string() }).nullable(),
  services: z.array(z.object({ id: Id, title: z.string(), cost: z.number(), amount: z.number() })),
  /** Every service at its price times its amount, added up in cents. */
  cost: z.number(),
  createdAt: IsoDateTime.nullable(),
  status: AppointmentStatus,
  deleted: z.boolean(),
  online: z.boolean(),
  apiId: z.string(),
});
export type PartnerAppointment = z.infer<typeof PartnerAppointment>;

/** One page of the report; `total` is Altegio's count of every match (`meta.count`). */
export const PartnerReportPage = z.object({
  appointments: z.array(PartnerAppointment),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  total: z.number().int().nonnegative(),
});
export type PartnerReportPage = z.infer<typeof PartnerReportPage>;
