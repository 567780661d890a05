import type { Location } from '../../shared/domain/location';
import type { ConnectionKind, SessionState, SignInInput } from '../../shared/domain/session';
import { AppError, type ErrorCode } from '../../shared/errors';
import { createAltegioClient, type AltegioClient, type AltegioClientOptions } from './altegio/client';
import { AltegioError } from './altegio/errors';
import { hostOf } from './altegio/http';
import { prioritised, unlimited } from './altegio/limiter';
import type { EventBus } from './ipc/events';
import { atLocation, priorityOf } from './locationPriority';
import type { Logger, SecretRegistry } from './log';
import type { KeyValueStore } from './store';
import { forwardUnreadable } from './unreadableRecords';
import type { Credentials, Vault } from './vault';

export const BASE_URLS = {
  altegio: 'https://api.alteg.io/api/v1',
  yclients: 'https://api.yclients.com/api/v1',
} as const;

export interface DemoBackend {
  baseUrl: string;
  partnerToken: string;
  login: string;
  password: string;
}

export interface SessionDeps {
  vault: Vault;
  store: KeyValueStore;
  secrets: SecretRegistry;
  events: EventBus;
  logger: Logger;
  /** Starts (or returns the running) embedded emulator for the demo location. */
  startDemo: () => Promise<DemoBackend>;
  clientOptions?: Partial<AltegioClientOptions>;
  /** Called whenever the session ends (sign-out, a rejected token): what it kept must go with it. */
  onEnd?: () => void;
}

interface Active {
  credentials: Credentials;
  client: AltegioClient;
  locations: Location[];
  locationId: number | null;
  /** The location the desk is looking at beside the open one (a chain view's column), if any. */
  focusedLocationId: number | null;
}

export type Session = ReturnType<typeof createSession>;

/** Failures that say nothing about the credentials: a saved session is kept to try again. */
const TEMPORARY: ErrorCode[] = ['NETWORK', 'TIMEOUT', 'SERVER', 'RATE_LIMITED'];

/**
 * The signed-in connection: credentials in the vault, one Altegio client, the user's locations and the
 * chosen one. A 401 from any call ends the session and tells the renderer why.
 */
export function createSession(deps: SessionDeps) {
  let active: Active | null = null;
  let endedBecause: SessionState['endedBecause'] = null;
  let restoreProblem: SessionState['restoreProblem'] = null;
  let restoring: Promise<unknown> = Promise.resolve();
  const onUnreadable = forwardUnreadable(deps.events);

  // Each request's place in the shared limiter's queue, decided when it is made (see locationPriority).
  const limiter = prioritised(deps.clientOptions?.limiter ?? unlimited, () =>
    priorityOf({ open: active?.locationId ?? null, focused: active?.focusedLocationId ?? null }),
  );

  const makeClient = (credentials: Credentials) =>
    createAltegioClient({
      ...deps.clientOptions,
      limiter,
      baseUrl: credentials.baseUrl,
      partnerToken: credentials.partnerToken,
      userToken: credentials.userToken,
      logger: deps.logger,
      onUnreadable,
    });

  const state = (): SessionState => ({
    signedIn: active !== null,
    userName: active?.credentials.userName ?? null,
    connection: active ? { kind: active.credentials.kind, host: hostOf(active.credentials.baseUrl) } : null,
    locations: active?.locations ?? [],
    locationId: active?.locationId ?? null,
    credentialStorage: deps.vault.persistent ? 'encrypted' : 'memory',
    endedBecause,
    restoreProblem,
  });

  const publish = () => deps.events.emit('session.changed', state());

  /** The signed-in user's location with this id; any other id is refused the same way. */
  const locationOf = (locationId: number): Location => {
    if (!active) throw new AppError('AUTH_REQUIRED', { reason: 'signedOut' });
    const location = active.locations.find((item) => item.id === locationId);
    if (!location) throw new AppError('FORBIDDEN', { reason: 'location', locationId });
    return location;
  };

  const remember = (credentials: Credentials) => {
    deps.secrets.add(credentials.partnerToken);
    deps.secrets.add(credentials.userToken);
  };

  const chooseLocation = (locations: Location[]): number | null => {
    const [only] = locations;
    if (only && locations.length === 1) return only.id;
    const last = Number(deps.store.get('lastLocationId'));
    return locations.some((location) => location.id === last) ? last : null;
  };

  const activate = async (credentials: Credentials) => {
    remember(credentials);
    const client = makeClient(credentials);
    const locations = await client.locations.listMine();
    if (locations.length === 0) {
      throw new AppError('FORBIDDEN', { reason: 'noLocations' });
    }
    active = {
      credentials,
      client,
      locations,
      locationId: chooseLocation(locations),
      focusedLocationId: null,
    };
    endedBecause = null;
    restoreProblem = null;
    deps.vault.save(credentials);
    publish();
    return state();
  };

  const end = (reason: SessionState['endedBecause']) => {
    if (active) {
      deps.secrets.add(active.credentials.userToken);
    }
    active = null;
    endedBecause = reason;
    restoreProblem = null;
    deps.vault.clear();
    deps.onEnd?.();
    publish();
  };

  /** Turns a failed sign-in into an error about the field that is wrong, or about the server. */
  const explainSignInFailure = async (
    error: unknown,
    baseUrl: string,
    partnerToken: string,
  ): Promise<never> => {
    if (
      !(error instanceof AltegioError) ||
      !['AUTH_REQUIRED', 'FORBIDDEN', 'VALIDATION', 'NOT_FOUND'].includes(error.code)
    ) {
      if (error instanceof AltegioError) {
        throw new AppError(error.code, { ...error.params, host: hostOf(baseUrl), during: 'signIn' });
      }
      throw error;
    }
    // Is it the partner token or the login? Ask a partner-only question to tell them apart.
    const probe = createAltegioClient({
      ...deps.clientOptions,
      limiter,
      baseUrl,
      partnerToken,
      logger: deps.logger,
    });
    try {
      await probe.http.request('GET', '/companies', { auth: 'partner', query: { count: 1 } });
    } catch (probeError) {
      if (probeError instanceof AltegioError && probeError.code === 'AUTH_REQUIRED') {
        throw new AppError(
          'VALIDATION',
          { reason: 'partnerToken' },
          { fields: { partnerToken: 'issue.partnerToken.rejected' } },
        );
      }
    }
    throw new AppError(
      'VALIDATION',
      { reason: 'credentials' },
      { fields: { password: 'issue.password.rejected' } },
    );
  };

  const signInWith = async (
    kind: ConnectionKind,
    baseUrl: string,
    partnerToken: string,
    login: string,
    password: string,
  ) => {
    // Both stay registered for redaction for the life of the process, whatever happens next.
    deps.secrets.add(partnerToken);
    deps.secrets.add(password);
    const client = createAltegioClient({
      ...deps.clientOptions,
      limiter,
      baseUrl,
      partnerToken,
      logger: deps.logger,
    });
    let user;
    try {
      user = await client.auth.signIn(login, password);
    } catch (error) {
      return explainSignInFailure(error, baseUrl, partnerToken);
    }
    // A fresh sign-in ends whatever an earlier session left (one whose restore failed, say): another
    // user must not see its kept days.
    deps.onEnd?.();
    return activate({ kind, baseUrl, partnerToken, userToken: user.userToken, userName: user.name });
  };

  return {
    state,

    /** The state once a start-up restore (if any) has finished, so the first screen is the right one. */
    async settledState(): Promise<SessionState> {
      await restoring;
      return state();
    },

    async signIn(input: SignInInput): Promise<SessionState> {
      const baseUrl =
        input.connection === 'custom'
          ? (input.customUrl ?? '').replace(/\/+$/, '')
          : BASE_URLS[input.connection];
      return signInWith(input.connection, baseUrl, input.partnerToken, input.login, input.password);
    },

    /** One click from the sign-in screen to a working calendar: the first demo location opens directly. */
    async openDemo(): Promise<SessionState> {
      const demo = await deps.startDemo();
      const opened = await signInWith('demo', demo.baseUrl, demo.partnerToken, demo.login, demo.password);
      if (opened.locationId === null && active?.locations[0])
        return this.selectLocation(active.locations[0].id);
      return opened;
    },

    /** Brings back the session saved by the vault, if its token still works. */
    restore(): Promise<SessionState> {
      const run = this.restoreSaved();
      restoring = run.catch(() => undefined);
      return run;
    },

    async restoreSaved(): Promise<SessionState> {
      const saved = deps.vault.load();
      if (!saved) return state();
      let tried = saved.baseUrl;
      try {
        const credentials =
          saved.kind === 'demo' ? { ...saved, baseUrl: (await deps.startDemo()).baseUrl } : saved;
        tried = credentials.baseUrl;
        return await activate(credentials);
      } catch (error) {
        deps.logger.warn('Saved session could not be restored', error);
        if (error instanceof AltegioError && TEMPORARY.includes(error.code)) {
          // Not the credentials' fault: keep them, say why, and let the user try again.
          restoreProblem = { code: error.code, host: hostOf(tried) };
          publish();
        } else if (error instanceof AltegioError && error.code === 'AUTH_REQUIRED') {
          end('tokenRejected');
        }
        return state();
      }
    },

    signOut(): SessionState {
      end(null);
      return state();
    },

    selectLocation(locationId: number): SessionState {
      locationOf(locationId);
      // A newly opened location starts with nothing else in the foreground.
      if (active) Object.assign(active, { locationId, focusedLocationId: null });
      deps.store.set('lastLocationId', locationId);
      publish();
      return state();
    },

    /**
     * The location the desk is looking at besides the open one (a chain view's column under the pointer):
     * its requests share the open location's place before the others in the rate limit.
     */
    focusLocation(locationId: number): void {
      locationOf(locationId);
      if (active) active.focusedLocationId = locationId;
    },

    /**
     * The Altegio client and the named location for one request. The location must be one of the
     * signed-in user's: any other id is refused, and nothing ever falls back to the open location. A 401
     * inside `work` ends the session.
     */
    async withLocation<T>(
      locationId: number,
      work: (client: AltegioClient, location: Location) => Promise<T>,
    ): Promise<T> {
      const location = locationOf(locationId);
      const current = active;
      if (!current) throw new AppError('AUTH_REQUIRED', { reason: 'signedOut' });
      try {
        return await atLocation(locationId, () => work(current.client, location));
      } catch (error) {
        // Only the session that made the call ends: a stale 401 never signs out a newer session.
        if (error instanceof AltegioError && error.code === 'AUTH_REQUIRED' && active === current) {
          end('tokenRejected');
          deps.events.emit('session.expired', { reason: 'tokenRejected' });
        }
        throw error;
      }
    },
  };
}
