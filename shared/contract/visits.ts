import { z } from 'zod';
import { Id } from '../domain/common';
import { Visit, VisitDetails, VisitUpdate } from '../domain/visit';
import { AtLocation, type Slice } from './common';

/** A visit as seen from one of its appointments (Altegio reads the details through a record). */
export const VisitRef = AtLocation.extend({ visitId: Id.positive(), appointmentId: Id.positive() });
export type VisitRef = z.input<typeof VisitRef>;

export const VisitView = z.object({ visit: Visit, details: VisitDetails });
export type VisitView = z.infer<typeof VisitView>;

export const UpdateVisitRequest = VisitRef.extend({ update: VisitUpdate });
export type UpdateVisitRequest = z.input<typeof UpdateVisitRequest>;

/** The appointment ties the visit to the location: main checks it there before printing anything. */
export const ReceiptRequest = VisitRef;
export type ReceiptRequest = z.input<typeof ReceiptRequest>;

/** `saved: false` when the person closed the save dialog: not an error. */
export const SavedReceipt = z.object({ saved: z.boolean(), fileName: z.string().nullable() });
export type SavedReceipt = z.infer<typeof SavedReceipt>;

export const visitsContract = {
  'visits.get': { input: VisitRef, output: VisitView },
  /** Attendance and the visit comment; answers with the visit, its appointments as Altegio now has them. */
  'visits.update': { input: UpdateVisitRequest, output: Visit },
  /** Asks where to save the receipt PDF and writes it there, after checking it is a PDF. */
  'visits.saveReceipt': { input: ReceiptRequest, output: SavedReceipt },
  /** Shows the receipt PDF in the system's viewer. */
  'visits.openReceipt': { input: ReceiptRequest, output: z.null() },
} as const satisfies Slice;
