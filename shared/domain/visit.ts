import { z } from 'zod';
import { Appointment, AppointmentStatus } from './appointment';
import { Id, IsoDateTime } from './common';

/** A visit groups the appointments a client had in one go. */
export const Visit = z.object({
  id: Id,
  status: AppointmentStatus,
  start: IsoDateTime.nullable(),
  comment: z.string(),
  appointments: z.array(Appointment),
});
export type Visit = z.infer<typeof Visit>;

export const VisitItem = z.object({
  id: Id,
  kind: z.enum(['service', 'product', 'event']),
  title: z.string(),
  amount: z.number(),
  firstCost: z.number(),
  discountPercent: z.number(),
  cost: z.number(),
  teamMemberId: Id.nullable(),
  appointmentId: Id.nullable(),
});
export type VisitItem = z.infer<typeof VisitItem>;

export const VisitPayment = z.object({
  id: Id,
  amount: z.number(),
  paidAt: IsoDateTime.nullable(),
  account: z.string(),
  cash: z.boolean(),
});
export type VisitPayment = z.infer<typeof VisitPayment>;

export const VisitDetails = z.object({
  items: z.array(VisitItem),
  payments: z.array(VisitPayment),
  /** Sum of the item costs, to the cent. */
  total: z.number(),
  paid: z.number(),
  /** What is still to pay (never below zero), to the cent. */
  due: z.number(),
  /**
   * Whether Altegio can print a receipt: the sale was registered (a fiscal receipt in
   * `kkm_transaction_details_container.transactions`) or at least one payment was taken.
   */
  receipt: z.boolean(),
});
export type VisitDetails = z.infer<typeof VisitDetails>;

export const VisitUpdate = z.object({
  status: AppointmentStatus,
  comment: z.string().max(2000, 'issue.comment.tooLong'),
});
export type VisitUpdate = z.infer<typeof VisitUpdate>;
