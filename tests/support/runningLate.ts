import type { AltegioHttp } from './altegioHttp';
import { freshPhone, SALON_ID, salonTime } from './demoSalon';

export interface WireRecord {
  id: number;
  staff_id: number;
  datetime: string;
  seance_length: number;
  deleted: boolean;
  client: { phone: string } | null;
}

/** Books straight in the emulator (as Altegio itself would have it), with a phone of its own. */
export async function bookRaw(
  http: AltegioHttp,
  staffId: number,
  date: string,
  time: string,
  minutes: number,
  name: string,
): Promise<WireRecord> {
  const reply = await http.post(`/records/${SALON_ID}`, {
    staff_id: staffId,
    services: [],
    client: { phone: freshPhone(), name },
    datetime: salonTime(date, time),
    seance_length: minutes * 60,
    save_if_busy: true,
  });
  if (reply.status !== 201) throw new Error(`booking failed: ${reply.status}`);
  return reply.body.data as WireRecord;
}

/** The record's start as the emulator stores it now. */
export async function storedStart(http: AltegioHttp, id: number): Promise<string> {
  const reply = await http.get(`/record/${SALON_ID}/${id}`);
  return (reply.body.data as WireRecord).datetime;
}
