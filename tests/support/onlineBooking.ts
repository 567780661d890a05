import type { AltegioHttp } from './altegioHttp';
import { SALON_ID } from './demoSalon';

export interface OnlineBooking {
  teamMemberId: number;
  /** Local date "YYYY-MM-DD"; the first free time that day is booked. */
  date: string;
  fullname: string;
  phone: string;
  locationId?: number;
}

/**
 * A client books online, as Altegio's booking widget does: the public book_* routes over raw HTTP
 * (the first service the member offers online, the first free time of the day).
 */
export async function bookOnline(http: AltegioHttp, booking: OnlineBooking) {
  const locationId = booking.locationId ?? SALON_ID;
  const offered = await http.get(`/book_services/${locationId}?staff_id=${booking.teamMemberId}`);
  const service = (offered.body.data.services as Array<{ id: number; title: string }>)[0];
  if (!service) throw new Error(`member ${booking.teamMemberId} offers nothing online`);
  const times = await http.get(
    `/book_times/${locationId}/${booking.teamMemberId}/${booking.date}?service_ids[]=${service.id}`,
  );
  const slot = (times.body.data as Array<{ datetime: string }>)[0];
  if (!slot) throw new Error(`no free time on ${booking.date}`);
  const created = await http.post(`/book_record/${locationId}`, {
    phone: booking.phone,
    fullname: booking.fullname,
    email: '',
    appointments: [
      { id: 1, services: [service.id], staff_id: booking.teamMemberId, datetime: slot.datetime },
    ],
  });
  if (created.status !== 201) throw new Error(`book_record answered ${created.status}`);
  const recordId = (created.body.data as Array<{ record_id: number }>)[0]?.record_id ?? 0;
  return { recordId, datetime: slot.datetime, service };
}
