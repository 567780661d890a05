import { z } from 'zod';
import type { LocationRef } from '../../../shared/domain/common';
import { sumMoney, timesQuantity } from '../../../shared/domain/money';
import type { PartnerAppointment, PartnerReportPage } from '../../../shared/domain/partnerReport';
import { statusOf } from './appointmentWire';
import type { Http } from './http';
import { readItems, type ListReading } from './listItems';
import { itemsOf, totalOf } from './paging';
import { appointmentStart, toIsoInZone, wireTimeToIso } from './time';
import { parseWire, WireFlag, WireId, WireNumber, WireText } from './wire';

/** Altegio's page-size limit for partner records (`editable_length`). */
export const PARTNER_RECORDS_MAX_PAGE = 100;

const WirePerson = z.object({ id: WireId, name: WireText, phone: WireText.optional() });

/** The compact item of `GET /records/partner` (§8.7): the record with its company, member and client. */
const WirePartnerRecord = z.object({
  id: WireId,
  date: z.string().nullish(),
  datetime: z.string().nullish(),
  create_date: z.string().nullish(),
  deleted: WireFlag,
  attendance: WireNumber.optional(),
  length: WireNumber.optional(),
  online: WireFlag,
  api_id: z.union([z.string(), z.number()]).nullish(),
  services: z
    .array(z.object({ id: WireId, title: WireText, cost: WireNumber, amount: WireNumber.optional() }))
    .nullish(),
  staff: WirePerson.nullish().catch(null),
  client: WirePerson.nullish().catch(null),
});

/** "dd.mm.yyyy", the only date format the partner-records filter takes. */
export function dottedDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

function toPartnerAppointment(raw: unknown, location: LocationRef): PartnerAppointment {
  const record = parseWire(WirePartnerRecord, raw, 'a partner appointment');
  const start = appointmentStart(record.date, record.datetime, location.timezone);
  const services = (record.services ?? []).map((service) => ({
    id: service.id,
    title: service.title,
    cost: service.cost,
    amount: service.amount ?? 1,
  }));
  return {
    id: record.id,
    start: start ? toIsoInZone(start, location.timezone) : null,
    durationSeconds: Math.max(0, Math.round(record.length ?? 0)),
    teamMember: record.staff ? { id: record.staff.id, name: record.staff.name } : null,
    client: record.client
      ? { id: record.client.id, name: record.client.name, phone: record.client.phone ?? '' }
      : null,
    services,
    cost: sumMoney(services.map((service) => timesQuantity(service.cost, service.amount || 1))),
    createdAt: wireTimeToIso(record.create_date, location.timezone),
    status: statusOf(record.attendance),
    deleted: record.deleted,
    online: record.online,
    apiId: record.api_id === null || record.api_id === undefined ? '' : String(record.api_id),
  };
}

export function createPartnerReportApi(http: Http, lists: ListReading = {}) {
  return {
    /**
     * One page of the appointments booked with this partner token at the location, by appointment date
     * (`from`–`to`, local, inclusive). The user token goes along: the report is of one of the user's
     * locations. `meta.count` is the total of every page.
     */
    async page(
      location: LocationRef,
      range: { from: string; to: string },
      page: number,
      pageSize: number,
    ): Promise<PartnerReportPage> {
      const size = Math.min(pageSize, PARTNER_RECORDS_MAX_PAGE);
      const reply = await http.request('GET', '/records/partner', {
        query: {
          salon_id: location.id,
          start_date: dottedDate(range.from),
          end_date: dottedDate(range.to),
          editable_length: size,
          page,
        },
      });
      const items = itemsOf(reply.data, reply.status);
      const appointments = readItems(lists, 'reportAppointments', items, (item) =>
        toPartnerAppointment(item, location),
      );
      const total = Math.max(totalOf(reply.meta) ?? 0, (page - 1) * size + appointments.length);
      return { appointments, page, pageSize: size, total };
    },
  };
}

export type PartnerReportApi = ReturnType<typeof createPartnerReportApi>;
