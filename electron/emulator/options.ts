import type { UserSpec } from './seed/index';
import type { Scale } from './seed/profiles';

export type { Scale, UserSpec };

/** The demo sign-in shown by the CLI and the app's sign-in screen. */
export const DEMO_CREDENTIALS = {
  partnerToken: 'demo-partner-token',
  login: 'admin@demo.frontdesk',
  phone: '+15555550100',
  password: 'demo',
  name: 'Demo Admin',
} as const;

/**
 * The demo data of Altegio's public online-booking API: a customer's booking account, the SMS code every
 * `book_code` "sends", and the review-form token of a finished visit in location 101.
 */
export const DEMO_ONLINE_BOOKING = {
  login: 'client@demo.frontdesk',
  password: 'demo',
  phone: '+15555550123',
  name: 'Demo Client',
  smsCode: '123456',
  reviewToken: 'demo-review',
  reviewLocationId: 101,
} as const;

/** Locations of the demo user; 103 exists too but belongs to someone else. */
export const DEMO_LOCATIONS = {
  salon: { id: 101, title: 'Frontdesk Demo Salon', timezone: 'America/New_York' },
  studio: { id: 102, title: 'Frontdesk Demo Studio', timezone: 'Asia/Almaty' },
  foreign: { id: 103, title: 'Partner Day Spa', timezone: 'Europe/Berlin' },
} as const;

export interface EmulatorOptions {
  /** 0 or absent picks a free port. */
  port?: number;
  /** PRNG seed of the demo data (default 1). */
  seed?: number;
  /** `large`: 30 team members and about 5,000 appointments a week, for benchmarks. */
  scale?: Scale;
  /** Added before every API reply. */
  latencyMs?: number;
  /** 5 requests a second / 200 a minute per client IP (default true). */
  rateLimit?: boolean;
  /** Load the store from this JSON file if present and save it after every change. */
  dataFile?: string;
  /** The only partner token accepted (default the demo one). */
  partnerToken?: string;
  /** Users who can sign in (default the demo admin). `locationIds` defaults to 101 and 102. */
  users?: UserSpec[];
  /** Pins "today" for the seed; the clock keeps running from it. Default: the real clock. */
  now?: Date;
  /** Reproduce the Altegio DST quirk: `datetime` always carries the zone's standard offset. */
  freezeStandardOffset?: boolean;
  /**
   * Serve the inferred `GET …/schedules/{id}/client_schedules` listing (default true); false answers
   * 404 as an Altegio without it would, to prove Frontdesk copes.
   */
  listsClientSchedules?: boolean;
  /**
   * Answer `receipt_print` with an HTML page (200, text/html), as a misconfigured proxy would, to prove
   * Frontdesk checks a receipt is a PDF before saving it (default false).
   */
  receiptsAsHtml?: boolean;
}

export interface ResolvedOptions {
  port: number;
  seed: number;
  scale: Scale;
  latencyMs: number;
  rateLimit: boolean;
  dataFile: string | null;
  partnerToken: string;
  users: UserSpec[];
  now: Date | undefined;
  freezeStandardOffset: boolean;
  listsClientSchedules: boolean;
  receiptsAsHtml: boolean;
}

export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  return {
    port: options.port ?? 0,
    seed: options.seed ?? 1,
    scale: options.scale ?? 'demo',
    latencyMs: options.latencyMs ?? 0,
    rateLimit: options.rateLimit ?? true,
    dataFile: options.dataFile ?? null,
    partnerToken: options.partnerToken ?? DEMO_CREDENTIALS.partnerToken,
    users: options.users ?? [
      {
        login: DEMO_CREDENTIALS.login,
        phone: DEMO_CREDENTIALS.phone,
        password: DEMO_CREDENTIALS.password,
        name: DEMO_CREDENTIALS.name,
      },
    ],
    now: options.now,
    freezeStandardOffset: options.freezeStandardOffset ?? false,
    listsClientSchedules: options.listsClientSchedules ?? true,
    receiptsAsHtml: options.receiptsAsHtml ?? false,
  };
}
