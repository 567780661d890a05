import type { Context } from 'hono';
import { requireUser } from '../http/auth';
import { ok } from '../http/envelope';
import { FieldCollector, forbidden, notEnoughRights, notFound } from '../http/errors';
import { asInt, asNumber, isObject, type JsonObject, readBody } from '../http/params';
import { renderReceipt } from '../receipt';
import type { ApiApp, AppEnv, EmulatorState } from '../state';
import type { AppointmentRecord, FiscalReceipt, Location, Visit } from '../store/types';
import { formatDatetime, msToLocal } from '../time';
import { manualCostOf, recordToWire, transactionToWire, visitTotals } from '../wire/records';
import { wireOptions } from './records';

const FAST_PAYMENT_ACCOUNTS: Record<number, number> = { 1: 1, 2: 2, 129: 1, 130: 2 };
/** Fast payments that also print a fiscal receipt ("cash + print", "card + print"). */
const PRINTING_FAST_PAYMENTS = [129, 130];

/** Whether Altegio registered the sale: a fiscal receipt, or a payment taken (*inferred*). */
function hasReceipt(visit: Visit): boolean {
  return visit.payments.length > 0 || (visit.fiscalReceipts ?? []).length > 0;
}

function fiscalReceiptToWire(receipt: FiscalReceipt, location: Location) {
  return {
    id: receipt.id,
    print_date: msToLocal(receipt.dateMs, location.timezone),
    printed_count: 1,
    sum: receipt.sum,
    type: { id: 1, title: 'Sale' },
    status: { id: 1, title: 'Printed' },
    document: { id: receipt.id, type: 7, type_title: 'Visit' },
    cashier: { id: 0, name: '' },
  };
}

function visitRecords(state: EmulatorState, visit: Visit): AppointmentRecord[] {
  return visit.recordIds.flatMap((id) => state.store.records.get(id) ?? []);
}

/** A visit the signed-in user may see (its location must be one of theirs). */
function visitOf(
  c: Context<AppEnv>,
  state: EmulatorState,
  raw: string | undefined,
): { visit: Visit; location: Location } {
  const user = requireUser(c);
  const visit = state.store.visits.get(asInt(raw) ?? -1);
  const location = visit && state.store.locations.get(visit.locationId);
  if (!visit || !location || visitRecords(state, visit).every((r) => r.deleted)) throw notFound();
  if (!user.locationIds.includes(location.id)) throw forbidden();
  return { visit, location };
}

function visitToWire(state: EmulatorState, visit: Visit, location: Location) {
  const records = visitRecords(state, visit).filter((r) => !r.deleted);
  const first = records[0];
  const options = wireOptions(state, location, records);
  return {
    id: visit.id,
    attendance: first?.attendance ?? 0,
    datetime: first
      ? formatDatetime(first.startMs, location.timezone, state.options.freezeStandardOffset)
      : null,
    comment: visit.comment,
    records: records.map((r) => ({ ...recordToWire(r, options), events: [] })),
  };
}

function visitItems(state: EmulatorState, visit: Visit) {
  const services = visitRecords(state, visit).flatMap((record) =>
    record.services.map((s, index) => ({
      id: record.id * 100 + index + 1,
      item_id: s.id,
      item_type_id: 1,
      record_id: record.id,
      item_title: s.title,
      amount: s.amount,
      first_cost: s.firstCost,
      manual_cost: manualCostOf(s),
      discount: s.discount,
      cost: s.cost * s.amount,
      master_id: record.staffId,
      good_id: 0,
      service_id: s.id,
      event_id: record.activityId,
      is_service: true,
      is_event: record.activityId > 0,
      is_good: false,
    })),
  );
  const goods = visit.goods.map((g) => ({
    id: g.id,
    item_id: g.id,
    item_type_id: 2,
    record_id: visit.recordIds[0] ?? 0,
    item_title: g.title,
    amount: g.amount,
    first_cost: g.cost,
    manual_cost: g.cost,
    discount: 0,
    cost: g.cost * g.amount,
    master_id: 0,
    good_id: g.id,
    service_id: 0,
    event_id: 0,
    is_service: false,
    is_event: false,
    is_good: true,
  }));
  return [...services, ...goods];
}

/** Applies `PUT /visits/{visit_id}/{record_id}`: attendance, comment, service prices, products, payments. */
function applyVisitUpdate(
  state: EmulatorState,
  visit: Visit,
  record: AppointmentRecord,
  body: JsonObject,
): void {
  const errors = new FieldCollector();
  const attendance = asInt(body.attendance);
  if (attendance === undefined || ![-1, 0, 1, 2].includes(attendance))
    errors.add('attendance', 'Required: -1, 0, 1 or 2.');
  if (typeof body.comment !== 'string') errors.add('comment', 'The comment field is required.');
  const services = Array.isArray(body.services) ? body.services.filter(isObject) : [];
  for (const line of services) {
    if (!record.services.some((s) => s.id === asInt(line.id)))
      errors.add('services', `Service ${String(line.id)} is not in the appointment.`);
  }
  const goods = Array.isArray(body.goods_transactions) ? body.goods_transactions.filter(isObject) : undefined;
  const payments = Array.isArray(body.new_transactions) ? body.new_transactions.filter(isObject) : [];
  if (payments.some((p) => asNumber(p.amount) === undefined))
    errors.add('new_transactions', 'Every transaction needs an amount.');
  errors.throwIfAny();

  for (const line of services) {
    const target = record.services.find((s) => s.id === asInt(line.id));
    if (!target) continue;
    target.firstCost = asNumber(line.first_cost) ?? target.firstCost;
    target.discount = asNumber(line.discount) ?? target.discount;
    target.cost = asNumber(line.cost) ?? Math.round(target.firstCost * (100 - target.discount)) / 100;
  }
  if (goods) {
    visit.goods = goods.map((g) => ({
      id: asInt(g.id) || state.store.nextId('goods'),
      title: typeof g.title === 'string' ? g.title : 'Product',
      amount: Math.abs(asNumber(g.amount) ?? 1),
      cost: asNumber(g.cost_per_unit) ?? asNumber(g.price) ?? asNumber(g.cost) ?? 0,
    }));
  }
  const deleted = Array.isArray(body.deleted_transaction_ids) ? body.deleted_transaction_ids.map(asInt) : [];
  visit.payments = visit.payments.filter((p) => !deleted.includes(p.id));
  const nowMs = state.clock.nowMs();
  for (const p of payments) {
    visit.payments.push({
      id: state.store.nextId('payment'),
      recordId: record.id,
      amount: asNumber(p.amount) ?? 0,
      accountId: asInt(p.account_id) ?? 1,
      dateMs: nowMs,
    });
  }
  const fastPayment = asInt(body.fast_payment) ?? 0;
  const fastAccount = FAST_PAYMENT_ACCOUNTS[fastPayment];
  if (fastAccount) {
    const { total, paid } = visitTotals(state.store, visit);
    if (total > paid)
      visit.payments.push({
        id: state.store.nextId('payment'),
        recordId: record.id,
        amount: Math.round((total - paid) * 100) / 100,
        accountId: fastAccount,
        dateMs: nowMs,
      });
    if (PRINTING_FAST_PAYMENTS.includes(fastPayment))
      visit.fiscalReceipts = [
        ...(visit.fiscalReceipts ?? []),
        { id: state.store.nextId('payment'), sum: total, dateMs: nowMs },
      ];
  }
  visit.comment = String(body.comment);
  for (const r of visitRecords(state, visit)) {
    r.attendance = attendance ?? r.attendance;
    r.confirmed = r.attendance === 1 || r.attendance === 2;
    r.changedMs = state.store.nextChangeMs();
  }
}

export function registerVisitRoutes(app: ApiApp, state: EmulatorState): void {
  app.get('/visits/:visitId', (c) => {
    const { visit, location } = visitOf(c, state, c.req.param('visitId'));
    return ok(c, visitToWire(state, visit, location));
  });

  app.get('/visit/details/:loc/:recordId/:visitId', (c) => {
    const { visit, location } = visitOf(c, state, c.req.param('visitId'));
    const record = state.store.records.get(asInt(c.req.param('recordId')) ?? -1);
    if (location.id !== asInt(c.req.param('loc')) || !record || !visit.recordIds.includes(record.id))
      throw notFound();
    return ok(c, {
      payment_transactions: visit.payments.map((p) => transactionToWire(state.store, record, p, location)),
      loyalty_transactions: [],
      kkm_transaction_details_container: {
        last_operation_type: 1,
        transactions: (visit.fiscalReceipts ?? []).map((r) => fiscalReceiptToWire(r, location)),
      },
      items: visitItems(state, visit),
    });
  });

  app.put('/visits/:visitId/:recordId', async (c) => {
    const { visit, location } = visitOf(c, state, c.req.param('visitId'));
    if (requireUser(c).deniedRights?.includes('visits.modify')) throw notEnoughRights();
    const record = state.store.records.get(asInt(c.req.param('recordId')) ?? -1);
    if (!record || !visit.recordIds.includes(record.id) || record.deleted) throw notFound();
    applyVisitUpdate(state, visit, record, await readBody(c));
    return ok(c, visitToWire(state, visit, location));
  });

  app.get('/attendance/receipt_print/:visitId', async (c) => {
    const { visit, location } = visitOf(c, state, c.req.param('visitId'));
    // Nothing sold, nothing to print (*inferred*: the docs only show the 200).
    if (!hasReceipt(visit)) throw notFound('Receipt not found');
    if (state.options.receiptsAsHtml)
      return c.body('<!doctype html><title>Bad gateway</title><p>Printing is unavailable.</p>', 200, {
        'content-type': 'text/html; charset=utf-8',
      });
    const records = visitRecords(state, visit);
    const first = records[0];
    const client = first?.clientId ? state.store.clients.get(first.clientId) : undefined;
    const { total, paid } = visitTotals(state.store, visit);
    const pdf = await renderReceipt({
      locationTitle: location.title,
      address: location.address,
      visitId: visit.id,
      dateText: first?.local.slice(0, 16) ?? '',
      clientName: client ? `${client.name} ${client.surname}`.trim() : 'Walk-in client',
      staffName: first ? (state.store.staff.get(first.staffId)?.name ?? '') : '',
      lines: [
        ...records.flatMap((r) =>
          r.services.map((s) => ({ title: s.title, quantity: s.amount, amount: s.cost * s.amount })),
        ),
        ...visit.goods.map((g) => ({ title: g.title, quantity: g.amount, amount: g.cost * g.amount })),
      ],
      total,
      paid,
      currency: location.currency,
    });
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="receipt-${visit.id}.pdf"`,
    });
  });
}
