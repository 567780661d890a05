import { z } from 'zod';
import type { LocationRef } from '../../../shared/domain/common';
import { sumMoney } from '../../../shared/domain/money';
import type { Appointment } from '../../../shared/domain/appointment';
import type { Visit, VisitDetails, VisitItem, VisitUpdate } from '../../../shared/domain/visit';
import { attendanceOf, statusOf, toAppointment } from './appointmentWire';
import { malformedError } from './errors';
import { mappingFields } from './fieldNames';
import type { Http } from './http';
import { reconciled, showing } from './reconcile';
import { wireTimeToIso } from './time';
import { parseWire, WireFlag, WireId, WireNumber, WireText } from './wire';

const OptionalId = z
  .union([WireId, z.null(), z.undefined()])
  .transform((value) => (typeof value === 'number' && value > 0 ? value : null))
  .catch(null);

const WireVisit = z.object({
  id: WireId.optional(),
  attendance: WireNumber.optional(),
  datetime: z.string().nullish(),
  comment: WireText,
  records: z.array(z.unknown()).nullish(),
});

const WireItem = z.object({
  id: WireId,
  item_title: WireText,
  amount: WireNumber,
  first_cost: WireNumber,
  discount: WireNumber,
  cost: WireNumber,
  master_id: OptionalId,
  record_id: OptionalId,
  is_service: WireFlag,
  is_event: WireFlag,
  is_good: WireFlag,
});

const WireTransaction = z.object({
  id: WireId,
  amount: WireNumber,
  date: z.string().nullish(),
  account: z.object({ title: WireText, is_cash: WireFlag }).nullish().catch(null),
});

/** Fiscal receipts registered for the visit (a location without a fiscal register lists none). */
const WireReceipts = z
  .object({ transactions: z.array(z.unknown()).nullish().catch(null) })
  .nullish()
  .catch(null);

const WireDetails = z.object({
  items: z.array(WireItem).nullish(),
  payment_transactions: z.array(WireTransaction).nullish(),
  kkm_transaction_details_container: WireReceipts,
});

function kindOf(item: z.output<typeof WireItem>): VisitItem['kind'] {
  if (item.is_good) return 'product';
  return item.is_event ? 'event' : 'service';
}

function toVisit(raw: unknown, visitId: number, location: LocationRef): Visit {
  const visit = parseWire(WireVisit, raw, 'a visit');
  return {
    id: visit.id ?? visitId,
    status: statusOf(visit.attendance),
    start: wireTimeToIso(visit.datetime, location.timezone),
    comment: visit.comment,
    appointments: (visit.records ?? []).map((record) => toAppointment(record, location)),
  };
}

/** One appointment as the appointments API reads it (the whole record, with its finance transactions). */
type ReadAppointment = (location: LocationRef, id: number) => Promise<Appointment>;

export function createVisitsApi(http: Http, readAppointment: ReadAppointment) {
  const get = async (location: LocationRef, visitId: number): Promise<Visit> => {
    const { data } = await http.request('GET', `/visits/${visitId}`);
    return toVisit(data, visitId, location);
  };

  /**
   * The visit with every appointment carrying its last change: the desk's cache keeps the newest copy
   * of an appointment, and one without a change date would lose to any older one. The records of a
   * visit reply are not documented field by field, so those lacking it are read again. The save has
   * already succeeded, so a failed re-read keeps the reply's copy (the calendar's next poll catches up).
   */
  const withChangeDates = async (location: LocationRef, visit: Visit): Promise<Visit> => {
    if (visit.appointments.every((a) => a.lastChangedAt)) return visit;
    const appointments = await Promise.all(
      visit.appointments.map((a) => (a.lastChangedAt ? a : readAppointment(location, a.id).catch(() => a))),
    );
    return { ...visit, appointments };
  };
  return {
    get,

    /** What was sold and paid in a visit, seen from one of its appointments. */
    async details(location: LocationRef, appointmentId: number, visitId: number): Promise<VisitDetails> {
      const { data } = await http.request('GET', `/visit/details/${location.id}/${appointmentId}/${visitId}`);
      const details = parseWire(WireDetails, data, 'visit details');
      const items = (details.items ?? []).map((item) => ({
        id: item.id,
        kind: kindOf(item),
        title: item.item_title,
        amount: item.amount,
        firstCost: item.first_cost,
        discountPercent: item.discount,
        cost: item.cost,
        teamMemberId: item.master_id,
        appointmentId: item.record_id,
      }));
      const payments = (details.payment_transactions ?? []).map((payment) => ({
        id: payment.id,
        amount: payment.amount,
        paidAt: wireTimeToIso(payment.date, location.timezone),
        account: payment.account?.title ?? '',
        cash: payment.account?.is_cash ?? false,
      }));
      const total = sumMoney(items.map((i) => i.cost));
      const paid = sumMoney(payments.map((p) => p.amount));
      const fiscalReceipts = details.kkm_transaction_details_container?.transactions ?? [];
      return {
        items,
        payments,
        total,
        paid,
        due: Math.max(0, sumMoney([total, -paid])),
        // Altegio prints a receipt for a sale it registered: a fiscal one, or payments taken at the desk.
        receipt: fiscalReceipts.length > 0 || payments.length > 0,
      };
    },

    /** Check-in, no-show and the visit comment (both required by Altegio). */
    setStatus: (
      location: LocationRef,
      visitId: number,
      appointmentId: number,
      update: VisitUpdate,
    ): Promise<Visit> =>
      mappingFields({ attendance: 'status' }, async () => {
        // After a lost reply the visit is read back: saved when it has the attendance and comment sent.
        const visit = await reconciled(
          async () => {
            const { data } = await http.request('PUT', `/visits/${visitId}/${appointmentId}`, {
              body: { attendance: attendanceOf(update.status), comment: update.comment },
            });
            // The reply body is undocumented: when it is not the visit with its records, read the visit
            // back (the save itself succeeded, so an unreadable body must not say it failed).
            const replied = WireVisit.safeParse(data);
            return replied.success && replied.data.records?.length
              ? toVisit(data, visitId, location)
              : get(location, visitId);
          },
          showing(
            () => get(location, visitId),
            (current) => current.status === update.status && current.comment === update.comment,
          ),
        );
        return withChangeDates(location, visit);
      }),

    /** The printable receipt, as PDF bytes. */
    async receiptPdf(visitId: number): Promise<Uint8Array> {
      const reply = await http.request('GET', `/attendance/receipt_print/${visitId}`, { raw: true });
      if (!(reply.data instanceof Uint8Array)) throw malformedError(reply.status);
      return reply.data;
    },
  };
}

export type VisitsApi = ReturnType<typeof createVisitsApi>;
