import type { Store } from '../store/store';
import type { AppointmentRecord, Location, PaymentTransaction, RecordService, Visit } from '../store/types';
import { formatChangeDate, formatDatetime, msToLocal } from '../time';
import { staffBrief } from './catalog';
import { type ClientStats, clientBrief, phoneToWire } from './clients';
import { recordLabelToWire } from './labels';

export interface RecordWireOptions {
  store: Store;
  location: Location;
  freezeStandardOffset: boolean;
  stats?: Map<number, ClientStats>;
  includeFinance?: boolean;
  includeConsumables?: boolean;
}

/**
 * The price after the line's own percent discount. As in real replies, a visit-level discount (e.g. loyalty)
 * lowers only `cost`: `discount` stays 0 and `manual_cost` keeps the list price.
 */
export function manualCostOf(line: RecordService): number {
  return Math.round(line.firstCost * (100 - line.discount)) / 100;
}

export function recordServicesToWire(record: AppointmentRecord) {
  return record.services.map((s) => ({
    id: s.id,
    title: s.title,
    cost: s.cost,
    cost_to_pay: s.cost,
    manual_cost: manualCostOf(s),
    cost_per_unit: s.firstCost,
    discount: s.discount,
    first_cost: s.firstCost,
    amount: s.amount,
  }));
}

/** A record's services as the public APIs show them (partner records, a booking customer's records). */
export function publicServicesToWire(record: AppointmentRecord) {
  return record.services.map((s) => ({
    id: s.id,
    title: s.title,
    cost: s.cost,
    price_min: s.firstCost,
    price_max: s.firstCost,
    discount: s.discount,
    amount: s.amount,
  }));
}

export function visitTotals(store: Store, visit: Visit) {
  const records = visit.recordIds.flatMap((id) => store.records.get(id) ?? []);
  const services = records.reduce((sum, r) => sum + r.services.reduce((s, l) => s + l.cost * l.amount, 0), 0);
  const goods = visit.goods.reduce((sum, g) => sum + g.cost * g.amount, 0);
  const paid = visit.payments.reduce((sum, p) => sum + p.amount, 0);
  return { services, goods, total: services + goods, paid };
}

export function transactionToWire(
  store: Store,
  record: AppointmentRecord,
  payment: PaymentTransaction,
  location: Location,
) {
  const client = record.clientId ? store.clients.get(record.clientId) : undefined;
  const isCard = payment.accountId === 2;
  return {
    id: payment.id,
    document_id: record.visitId,
    date: msToLocal(payment.dateMs, location.timezone),
    type_id: 5,
    expense_id: 5,
    account_id: payment.accountId,
    amount: payment.amount,
    client_id: record.clientId ?? 0,
    master_id: record.staffId,
    supplier_id: 0,
    comment: '',
    item_id: 0,
    target_type_id: 0,
    record_id: payment.recordId ?? record.id,
    goods_transaction_id: 0,
    expense: { id: 5, title: 'Provision of services', type: 0 },
    account: {
      id: payment.accountId,
      title: isCard ? 'Card' : 'Cash',
      is_cash: !isCard,
      is_default: !isCard,
    },
    client: client
      ? { id: client.id, name: client.name, phone: client.phone, email: client.email }
      : { id: 0, name: '', phone: '', email: '' },
    master: [],
    supplier: [],
  };
}

export function recordToWire(record: AppointmentRecord, options: RecordWireOptions) {
  const { store, location } = options;
  const zone = location.timezone;
  const member = store.staff.get(record.staffId);
  const client = record.clientId ? store.clients.get(record.clientId) : undefined;
  const visit = store.visits.get(record.visitId);
  const totals = visit ? visitTotals(store, visit) : { total: 0, paid: 0 };
  const activityClients = record.activityId
    ? store
        .recordsOfLocation(record.locationId, record.local.slice(0, 10), record.local.slice(0, 10))
        .filter((r) => r.activityId === record.activityId && !r.deleted).length
    : 1;
  const wire: Record<string, unknown> = {
    id: record.id,
    company_id: record.locationId,
    staff_id: record.staffId,
    services: recordServicesToWire(record),
    goods_transactions: (visit?.goods ?? []).map((g) => ({
      id: g.id,
      title: g.title,
      barcode: '',
      article: '',
      amount: -g.amount,
      cost_per_unit: g.cost,
      price: g.cost,
      cost: g.cost * g.amount,
      cost_to_pay: g.cost * g.amount,
      manual_cost: g.cost * g.amount,
      master_id: record.staffId,
      storage_id: 1,
      good_id: g.id,
      discount: 0,
      loyalty_abonement_id: 0,
      loyalty_certificate_id: 0,
      good_special_number: '',
    })),
    staff: member ? staffBrief(store, member) : null,
    client: client ? clientBrief(store, client, options.stats?.get(client.id)) : null,
    comer: null,
    clients_count: activityClients,
    date: record.local,
    datetime: formatDatetime(record.startMs, zone, options.freezeStandardOffset),
    create_date: formatChangeDate(record.createdMs, zone),
    comment: record.comment,
    online: record.online,
    visit_attendance: record.attendance,
    attendance: record.attendance,
    confirmed: record.confirmed ? 1 : 0,
    seance_length: record.seanceLength,
    length: record.seanceLength,
    technical_break_duration: record.technicalBreakDuration,
    sms_before: 0,
    sms_now: 0,
    sms_now_text: '',
    email_now: 0,
    notified: 0,
    master_request: record.masterRequest ? 1 : 0,
    api_id: record.apiId,
    from_url: '',
    review_requested: 0,
    visit_id: record.visitId,
    created_user_id: record.createdUserId,
    deleted: record.deleted,
    paid_full: totals.total > 0 && totals.paid >= totals.total ? 1 : 0,
    payment_status: totals.paid >= totals.total && totals.total > 0 ? 1 : 0,
    prepaid: Boolean(record.prepaid),
    prepaid_confirmed: Boolean(record.prepaidConfirmed),
    is_update_blocked: false,
    last_change_date: formatChangeDate(record.changedMs, zone),
    custom_color: record.customColor,
    custom_font_color: record.customColor ? '#ffffff' : '',
    record_labels: record.labelIds.flatMap((id) => {
      const label = store.labels.get(id);
      return label && !label.deleted ? [recordLabelToWire(label)] : [];
    }),
    activity_id: record.activityId,
    custom_fields: Object.keys(record.customFields).length ? { ...record.customFields } : [],
    documents: [
      {
        id: record.visitId,
        type_id: 7,
        storage_id: 0,
        user_id: record.createdUserId,
        company_id: record.locationId,
        number: record.visitId,
        comment: '',
        date_created: record.local,
        category_id: 0,
        visit_id: record.visitId,
        record_id: record.id,
        type_title: 'Visit',
        is_sale_bill_printed: false,
      },
    ],
    sms_remain_hours: record.smsRemainHours,
    email_remain_hours: record.emailRemainHours,
    bookform_id: record.online ? 1 : 0,
    record_from: record.online ? 'widget' : '',
    is_mobile: 0,
    short_link: '',
    is_sale_bill_printed: false,
    resource_instance_ids: [],
    acceptance_free: null,
  };
  if (options.includeConsumables) wire.consumables = [];
  if (options.includeFinance) {
    wire.finance_transactions = (visit?.payments ?? []).map((p) =>
      transactionToWire(store, record, p, location),
    );
  }
  return wire;
}

/** The compact item of `GET /records/partner`. */
export function partnerRecordToWire(
  record: AppointmentRecord,
  options: RecordWireOptions,
  companyWire: unknown,
) {
  const { store, location } = options;
  const member = store.staff.get(record.staffId);
  const client = record.clientId ? store.clients.get(record.clientId) : undefined;
  return {
    id: record.id,
    date: record.local,
    datetime: formatDatetime(record.startMs, location.timezone, options.freezeStandardOffset),
    create_date: formatChangeDate(record.createdMs, location.timezone),
    comment: record.comment,
    deleted: record.deleted,
    attendance: record.attendance,
    length: record.seanceLength,
    notify_by_sms: record.smsRemainHours,
    notify_by_email: record.emailRemainHours,
    master_requested: record.masterRequest,
    online: record.online,
    api_id: record.apiId,
    last_change_date: formatChangeDate(record.changedMs, location.timezone),
    prepaid: Boolean(record.prepaid),
    prepaid_confirmed: Boolean(record.prepaidConfirmed),
    activity_id: record.activityId,
    services: publicServicesToWire(record),
    company: companyWire,
    staff: member ? staffBrief(store, member) : null,
    client: client
      ? {
          id: client.id,
          name: client.name,
          phone: phoneToWire(client.phone),
          phone_code: '',
          email: client.email,
        }
      : null,
    custom_fields: { ...record.customFields },
  };
}
