import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { FaultController, type FaultSettings } from './http/faults';
import { type EmulatorOptions, type ResolvedOptions, resolveOptions } from './options';
import { seedSnapshot, userTokenFor } from './seed/index';
import { seedOnlineBookingDemo } from './seed/onlineBooking';
import { createApp } from './server';
import type { EmulatorState } from './state';
import { type Clock, createClock, type HoldableClock } from './store/clock';
import { loadSnapshot, SnapshotSaver } from './store/persistence';
import { Store } from './store/store';
import type { Right, StoreSnapshot } from './store/types';

export { DEMO_CREDENTIALS, DEMO_LOCATIONS, DEMO_ONLINE_BOOKING } from './options';
export type { EmulatorOptions, Scale, UserSpec } from './options';
export type { FaultSettings } from './http/faults';
export type { Store } from './store/store';
export { RIGHTS, type Right } from './store/types';

export const HOST = '127.0.0.1';

/** The same settings `POST /__emulator/faults` changes. */
export interface EmulatorFaults {
  get(): FaultSettings;
  set(update: Partial<FaultSettings>): FaultSettings;
  /** Back to the startup latency and rate-limit settings, no injected failures. */
  clear(): FaultSettings;
}

export interface RunningEmulator {
  /** Base URL including /api/v1, e.g. http://127.0.0.1:41234/api/v1 */
  url: string;
  port: number;
  faults: EmulatorFaults;
  /** Takes rights from a user, as a location owner would (an empty list gives them all back). */
  denyRights(login: string, rights: Right[]): void;
  /** Switches a location's online booking on or off, as its owner would in Altegio's settings. */
  setOnlineBooking(locationId: number, enabled: boolean): void;
  /**
   * Runs `hook` before each request is answered (null removes it): a test acts "at another desk" at an exact
   * moment, e.g. books a slot after Frontdesk checked it and before Frontdesk saves there.
   */
  beforeRequest(hook: RequestHook | null): void;
  /**
   * Holds the emulator's clock at the next whole second and releases it (reset releases it too): a test
   * makes changes within one second of Altegio's timestamps without depending on the machine's speed.
   */
  clock: Pick<HoldableClock, 'hold' | 'release'>;
  /**
   * Changes the stored data directly, for what the API cannot write (a team member's name, a field of the
   * wrong type): tests of how Frontdesk takes hostile data from Altegio.
   */
  editStore(change: (store: Store) => void): void;
  /** The whole store as data, as a data file would hold it: a test compares two to prove nothing changed. */
  snapshot(): StoreSnapshot;
  /** Regenerates the seed data (same seed, same "today"), forgets rate-limit history and the request hook. */
  reset(): Promise<void>;
  /**
   * Goes away as a stopped server does (connections refused, open ones dropped), keeping its store, so
   * that `restart()` can come back on the same port with the same data, as one restarted with its data file.
   */
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Stops listening, drops open connections, cancels timers and writes pending data. */
  close(): Promise<void>;
}

/** `query`: the URL's search part ("?changed_after=…"), or ''; `headers`: the request's own. */
export type RequestHook = (request: {
  method: string;
  path: string;
  query: string;
  headers: Headers;
}) => void | Promise<void>;

function seedStore(options: ResolvedOptions, clock: Clock): Store {
  const snapshot = seedSnapshot(
    { seed: options.seed, scale: options.scale, partnerToken: options.partnerToken, users: options.users },
    clock,
  );
  return new Store(snapshot, clock);
}

/** A loaded data file keeps its data, but sign-in follows the configured users and partner token. */
function syncUsers(store: Store, options: ResolvedOptions): void {
  const existing = [...store.users.values()];
  for (const spec of options.users) {
    const user = existing.find((u) => u.login === spec.login);
    const userToken = userTokenFor(options.partnerToken, spec.login, spec.password);
    if (user) {
      Object.assign(user, { password: spec.password, userToken, name: spec.name });
      if (spec.locationIds) user.locationIds = [...spec.locationIds];
    } else {
      const id = store.nextId('user');
      store.users.set(id, {
        id,
        login: spec.login,
        email: spec.email ?? (spec.login.includes('@') ? spec.login : ''),
        phone: (spec.phone ?? '').replace(/\D/g, ''),
        password: spec.password,
        name: spec.name,
        userToken,
        locationIds: spec.locationIds ?? [101, 102],
      });
    }
  }
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const resolved = resolveOptions(options);
  const clock = createClock(resolved.now);
  const loaded = resolved.dataFile ? loadSnapshot(resolved.dataFile) : null;
  const state: EmulatorState = {
    store: loaded ? new Store(loaded, clock) : seedStore(resolved, clock),
    clock,
    options: resolved,
  };
  if (loaded) {
    syncUsers(state.store, resolved);
    seedOnlineBookingDemo(state.store, resolved.partnerToken);
  }
  const saver = resolved.dataFile ? new SnapshotSaver(resolved.dataFile, () => state.store.snapshot()) : null;
  if (saver && !loaded) await saver.saveNow();

  const faults = new FaultController({
    latencyMs: resolved.latencyMs,
    errorRate: 0,
    dropRate: 0,
    malformedRate: 0,
    rateLimit: resolved.rateLimit,
  });
  const reset = async (): Promise<void> => {
    state.store = seedStore(resolved, clock);
    faults.limiter.reset();
    if (saver) await saver.saveNow();
  };
  const denyRights = (login: string, rights: Right[]): boolean => {
    const user = [...state.store.users.values()].find((candidate) => candidate.login === login);
    if (user) user.deniedRights = [...rights];
    return user !== undefined;
  };
  const setOnlineBooking = (locationId: number, enabled: boolean): boolean => {
    const location = state.store.locations.get(locationId);
    if (location) location.onlineBooking = enabled;
    return location !== undefined;
  };
  const app = createApp(state, faults, {
    onMutation: () => saver?.schedule(),
    reset,
    denyRights,
    setOnlineBooking,
  });
  let requestHook: RequestHook | null = null;
  const answer = async (request: Request, env: Parameters<typeof app.fetch>[1]) => {
    const url = new URL(request.url);
    await requestHook?.({
      method: request.method,
      path: url.pathname,
      query: url.search,
      headers: request.headers,
    });
    return app.fetch(request, env);
  };
  const server = createServer(getRequestListener(answer, { overrideGlobalObjects: false }));
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    return closed;
  };
  await listen(resolved.port);
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;

  return {
    url: `http://${HOST}:${port}/api/v1`,
    port,
    faults: {
      get: () => faults.get(),
      set: (update) => faults.set(update),
      clear: () => faults.clear(),
    },
    denyRights(login, rights) {
      if (!denyRights(login, rights)) throw new Error(`No emulator user ${login}`);
    },
    setOnlineBooking(locationId, enabled) {
      if (!setOnlineBooking(locationId, enabled)) throw new Error(`No emulator location ${locationId}`);
    },
    beforeRequest(hook) {
      requestHook = hook;
    },
    clock: { hold: () => clock.hold(), release: () => clock.release() },
    editStore(change) {
      change(state.store);
    },
    snapshot: () => state.store.snapshot(),
    async reset() {
      requestHook = null;
      clock.release();
      await reset();
    },
    async stop() {
      if (server.listening) await stopListening();
      if (saver) await saver.flush();
    },
    async restart() {
      if (!server.listening && !closing) await listen(port);
    },
    close() {
      closing ??= (async () => {
        faults.abort.abort();
        if (server.listening) await stopListening();
        if (saver) await saver.flush();
      })();
      return closing;
    },
  };
}
