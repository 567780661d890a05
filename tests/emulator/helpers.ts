import { DateTime } from 'luxon';
import {
  DEMO_CREDENTIALS,
  type EmulatorOptions,
  type RunningEmulator,
  startEmulator,
} from '../../electron/emulator/index';

/** Wednesday 4 March 2026, 10:00 in New York (EST); US DST starts on Sunday 8 March. */
export const NOW = new Date('2026-03-04T15:00:00Z');
export const SALON = 101;
export const STUDIO = 102;
export const FOREIGN = 103;
export const SALON_ZONE = 'America/New_York';

export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, rateLimit: false, now: NOW, ...options });
}

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface Envelope<D = unknown, M = unknown> {
  success: boolean;
  data: D;
  meta: M;
}

type Auth = 'user' | 'partner' | 'none' | { header: string };

export interface RequestOptions {
  body?: unknown;
  auth?: Auth;
  rawBody?: string;
  /** More request headers (Accept-Language, …). */
  headers?: Record<string, string>;
}

/** A tiny HTTP client speaking to the emulator over real HTTP (global fetch). */
export class Api {
  userToken = '';

  constructor(
    readonly url: string,
    readonly partnerToken: string = DEMO_CREDENTIALS.partnerToken,
  ) {}

  async request<D = unknown, M = unknown>(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { Accept: 'application/vnd.api.v2+json', ...options.headers };
    const auth = options.auth ?? 'user';
    if (auth === 'user') headers.Authorization = `Bearer ${this.partnerToken}, User ${this.userToken}`;
    else if (auth === 'partner') headers.Authorization = `Bearer ${this.partnerToken}`;
    else if (auth !== 'none') headers.Authorization = auth.header;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = null;
    if (text && response.headers.get('content-type')?.includes('json')) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, text, body: parsed as Envelope<D, M> };
  }

  get<D = unknown, M = unknown>(path: string, options?: RequestOptions) {
    return this.request<D, M>('GET', path, options);
  }
  post<D = unknown, M = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<D, M>('POST', path, { ...options, body });
  }
  put<D = unknown, M = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<D, M>('PUT', path, { ...options, body });
  }
  patch<D = unknown, M = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<D, M>('PATCH', path, { ...options, body });
  }
  delete<D = unknown, M = unknown>(path: string, options?: RequestOptions) {
    return this.request<D, M>('DELETE', path, options);
  }

  async signIn(login: string = DEMO_CREDENTIALS.login, password: string = DEMO_CREDENTIALS.password) {
    const reply = await this.post<{ user_token: string }>('/auth', { login, password }, { auth: 'partner' });
    if (reply.status !== 201) throw new Error(`sign-in failed: ${reply.status} ${reply.text}`);
    this.userToken = reply.body.data.user_token;
    return this;
  }
}

export async function signedIn(emulator: RunningEmulator): Promise<Api> {
  return new Api(emulator.url).signIn();
}

/** Local date in the salon's zone, `offset` days from the pinned "today". */
export function salonDate(offsetDays = 0): string {
  return DateTime.fromJSDate(NOW, { zone: SALON_ZONE }).plus({ days: offsetDays }).toISODate() ?? '';
}

/** ISO datetime with the correct offset for a local wall time in a zone. */
export function isoAt(date: string, time: string, zone = SALON_ZONE): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

export interface WireRecord {
  id: number;
  staff_id: number;
  date: string;
  datetime: string;
  create_date: string;
  last_change_date: string;
  seance_length: number;
  length: number;
  technical_break_duration: number;
  deleted: boolean;
  api_id: string;
  activity_id: number;
  visit_id: number;
  attendance: number;
  client: { id: number; phone: string; name: string } | null;
  services: Array<{ id: number; cost: number; first_cost: number; discount: number }>;
  custom_fields: Record<string, unknown> | unknown[];
  custom_color: string;
  record_labels: Array<{ id: number; color: string }>;
  comment: string;
  online: boolean;
}

export interface WireStaff {
  id: number;
  name: string;
  fired: number;
  status: number;
  hidden: number;
  bookable: boolean;
  weight: number;
  position_id: number;
  schedule_till: string;
  position: { id: number; title: string } | unknown[];
}

export interface WireService {
  id: number;
  title: string;
  duration: number;
  technical_break_duration: number | null;
  capacity: number;
  active: number;
  price_min: number;
  category_id: number;
  staff: Array<{ id: number; seance_length: number }>;
}

export interface ScheduleDaySlots {
  staff_id: number;
  date: string;
  slots: Array<{ from: string; to: string }>;
  busy_intervals?: Array<{ from: string; to: string }>;
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Finds a free, in-hours slot of `lengthMinutes` on `date` from the staff schedule with busy intervals
 * (independently of the emulator's own booking logic). Returns the member and local start "HH:MM".
 */
export async function findFreeSlot(
  api: Api,
  locationId: number,
  date: string,
  lengthMinutes: number,
  exceptStaff: number[] = [],
) {
  const reply = await api.get<ScheduleDaySlots[]>(
    `/company/${locationId}/staff/schedule?start_date=${date}&end_date=${date}&include[]=busy_intervals`,
  );
  for (const day of reply.body.data) {
    if (exceptStaff.includes(day.staff_id)) continue;
    const busy = (day.busy_intervals ?? []).map((b) => [minutes(b.from), minutes(b.to)] as const);
    for (const slot of day.slots) {
      for (let start = minutes(slot.from); start + lengthMinutes <= minutes(slot.to); start += 15) {
        const end = start + lengthMinutes;
        if (busy.every(([from, to]) => to <= start || end <= from)) {
          const hh = String(Math.floor(start / 60)).padStart(2, '0');
          const mm = String(start % 60).padStart(2, '0');
          return { staffId: day.staff_id, time: `${hh}:${mm}`, slot, busy };
        }
      }
    }
  }
  throw new Error(`no free slot of ${lengthMinutes} min on ${date}`);
}
