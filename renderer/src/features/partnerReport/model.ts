import { DateTime } from 'luxon';
import type { PartnerAppointment } from '../../../../shared/domain/partnerReport';
import type { DateRange } from '../../components/DateRangeFields';

/** A month either side of today: what was booked lately and what is coming. */
export function defaultReportRange(today: string): DateRange {
  const day = DateTime.fromISO(today);
  return {
    from: day.minus({ days: 30 }).toISODate() ?? today,
    to: day.plus({ days: 30 }).toISODate() ?? today,
  };
}

/** "Women's haircut, Blow-dry ×2", or a dash for an appointment without services. */
export function servicesText(appointment: PartnerAppointment): string {
  if (!appointment.services.length) return '—';
  return appointment.services
    .map((service) => (service.amount > 1 ? `${service.title} ×${service.amount}` : service.title))
    .join(', ');
}

/** "Tue 2 Feb 2027, 10:00" on the location's clock, or a dash. */
export function whenText(iso: string | null, zone: string): string {
  return iso ? DateTime.fromISO(iso).setZone(zone).toFormat('ccc d LLL yyyy, HH:mm') : '—';
}
