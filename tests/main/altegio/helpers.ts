import { DateTime } from 'luxon';
import { createAltegioClient, type AltegioClientOptions } from '../../../electron/main/altegio/client';
import {
  DEMO_CREDENTIALS,
  type EmulatorOptions,
  type RunningEmulator,
  startEmulator,
} from '../../../electron/emulator';
import type { LocationRef } from '../../../shared/domain/common';

/** Wednesday 4 March 2026, 10:00 in New York (EST); US DST starts on Sunday 8 March. */
export const NOW = new Date('2026-03-04T15:00:00Z');
export const SALON: LocationRef = { id: 101, timezone: 'America/New_York' };
export const STUDIO: LocationRef = { id: 102, timezone: 'Asia/Almaty' };

/** Fast retries so that fault-injection tests finish in seconds. */
export const FAST_TRANSPORT = { baseDelayMs: 20, maxDelayMs: 1000, timeoutMs: 3000 } as const;

export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, rateLimit: false, now: NOW, ...options });
}

export type ClientOverrides = Partial<Omit<AltegioClientOptions, 'baseUrl'>>;

/** A client signed in as the demo admin. */
export async function signedInClient(emulator: RunningEmulator, overrides: ClientOverrides = {}) {
  const base = {
    baseUrl: emulator.url,
    partnerToken: DEMO_CREDENTIALS.partnerToken,
    transport: FAST_TRANSPORT,
  };
  const anonymous = createAltegioClient({ ...base, ...overrides });
  const { userToken } = await anonymous.auth.signIn(DEMO_CREDENTIALS.login, DEMO_CREDENTIALS.password);
  return Object.assign(createAltegioClient({ ...base, ...overrides, userToken }), { userToken });
}

/** Local date in the salon's zone, `days` from the pinned "today". */
export function salonDate(days = 0): string {
  return DateTime.fromJSDate(NOW, { zone: SALON.timezone }).plus({ days }).toISODate() ?? '';
}

/** ISO time with the zone's offset for a local wall time. */
export function isoAt(date: string, time: string, zone = SALON.timezone): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

/** A raw authenticated GET, to read back what the client did without going through the client. */
export async function rawGet(emulator: RunningEmulator, userToken: string, path: string) {
  const response = await fetch(`${emulator.url}${path}`, {
    headers: {
      Accept: 'application/vnd.api.v2+json',
      Authorization: `Bearer ${DEMO_CREDENTIALS.partnerToken}, User ${userToken}`,
    },
  });
  return {
    status: response.status,
    body: (await response.json()) as { success: boolean; data: unknown; meta: unknown },
  };
}

type Client = Awaited<ReturnType<typeof signedInClient>>;

/** A free, in-hours slot of `minutes` on `date`, from working hours and the day's appointments. */
export async function findFreeSlot(
  client: Client,
  location: LocationRef,
  date: string,
  minutes: number,
  skip = 0,
) {
  const [days, booked] = await Promise.all([
    client.team.workingDays(location, { from: date, to: date }),
    client.appointments.list(location, { from: date, to: date }).then((list) => list.appointments),
  ]);
  let found = 0;
  for (const day of days) {
    const busy = booked
      .filter((a) => a.teamMemberId === day.teamMemberId)
      .map((a) => [Date.parse(a.start), Date.parse(a.end)] as const);
    for (const interval of day.intervals) {
      for (
        let start = Date.parse(interval.start);
        start + minutes * 60_000 <= Date.parse(interval.end);
        start += 15 * 60_000
      ) {
        const end = start + minutes * 60_000;
        if (busy.every(([from, to]) => to <= start || end <= from) && found++ === skip) {
          const iso =
            DateTime.fromMillis(start, { zone: location.timezone }).toISO({ suppressMilliseconds: true }) ??
            '';
          return { teamMemberId: day.teamMemberId, start: iso };
        }
      }
    }
  }
  throw new Error(`no free slot of ${minutes} min on ${date}`);
}
