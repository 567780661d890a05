import type { LatePushPreview } from '../../shared/contract/runningLate';
import type { AltegioHttp } from './altegioHttp';
import { EMMA, freshPhone, SALON_ID, salonTime } from './demoSalon';

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

/** "Emma is running late": her appointments of `date` from `time` on, pushed by `delayMinutes`. */
export const emmaLate = (date: string, time: string, delayMinutes = 20, mode: 'all' | 'absorb' = 'all') => ({
  locationId: SALON_ID,
  teamMemberId: EMMA,
  from: salonTime(date, time),
  delayMinutes,
  mode,
});

/** What the desk saw in a preview: the rows that move, as apply expects them. */
export const seenIn = (preview: LatePushPreview) =>
  preview.rows
    .filter((row) => row.moves)
    .map((row) => ({
      id: row.id,
      lastChangedAt: row.lastChangedAt,
      newStart: row.newStart,
      seen: row.version,
    }));
