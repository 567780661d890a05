import type { Location } from '../../shared/domain/location';
import type { ConnectionKind, SessionState, SignInInput } from '../../shared/session';
import { AppError } from './appError';
import { createAltegioClient, type AltegioClient, type AltegioClientOptions } from './altegio/client';
import { AltegioError } from './altegio/errors';
import type { EventBus } from './ipc/events';
import type { Logger, SecretRegistry } from './log';
import type { KeyValueStore } from './store';
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
}

interface Active {
  credentials: Credentials;
  client: AltegioClient;
  locations: Location[];
  locationId: number | null;
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

export type Session = ReturnType<typeof createSession>;

/**
 * The signed-in connection: credentials in the vault, one Altegio client, the user's locations and the
 * chosen one. A 401 from any call ends the session and tells the renderer why.
 */
export function createSession(deps: SessionDeps) {
  let active: Active | null = null;
  let endedBecause: string | null = null;
  let restoreProblem: string | null = null;
  let restoring: Promise<unknown> = Promise.resolve();

  const makeClient = (credentials: Credentials) =>
    createAltegioClient({
      ...deps.clientOptions,
      baseUrl: credentials.baseUrl,
      partnerToken: credentials.partnerToken,
      userToken: credentials.userToken,
      logger: deps.logger,
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

  const remember = (credentials: Credentials) => {
    deps.secrets.add(credentials.partnerToken);
    deps.secrets.add(credentials.userToken);
  };

  const chooseLocation = (locations: Location[]): number | null => {
    if (locations.length === 1) return locations[0]!.id;
    const last = Number(deps.store.get('lastLocationId'));
    return locations.some((location) => location.id === last) ? last : null;
  };

  const activate = async (credentials: Credentials) => {
    remember(credentials);
    const client = makeClient(credentials);
    const locations = await client.locations.listMine();
    if (locations.length === 0) {
      throw new AppError('FORBIDDEN', 'This account does not manage any location in Altegio.');
    }
    active = { credentials, client, locations, locationId: chooseLocation(locations) };
    endedBecause = null;
    restoreProblem = null;
    deps.vault.save(credentials);
    publish();
    return state();
  };

  const end = (reason: string | null) => {
    if (active) {
      deps.secrets.add(active.credentials.userToken);
    }
    active = null;
    endedBecause = reason;
    restoreProblem = null;
    deps.vault.clear();
    publish();
  };

  /** Turns a failed sign-in into a message about the field that is wrong. */
  const explainSignInFailure = async (
    error: unknown,
    baseUrl: string,
    partnerToken: string,
  ): Promise<never> => {
    if (
      !(error instanceof AltegioError) ||
      !['AUTH_REQUIRED', 'FORBIDDEN', 'VALIDATION', 'NOT_FOUND'].includes(error.code)
    ) {
      if (error instanceof AltegioError && (error.code === 'NETWORK' || error.code === 'TIMEOUT')) {
        throw new AppError(
          error.code,
          `Could not reach ${hostOf(baseUrl)}. Check the internet connection and the server address.`,
        );
      }
      if (error instanceof AltegioError && error.code === 'SERVER') {
        throw new AppError(
          'SERVER',
          `${hostOf(baseUrl)} had a problem answering. Please try again in a moment.`,
        );
      }
      throw error;
    }
    // Is it the partner token or the login? Ask a partner-only question to tell them apart.
    const probe = createAltegioClient({ ...deps.clientOptions, baseUrl, partnerToken, logger: deps.logger });
    try {
      await probe.http.request('GET', '/companies', { auth: 'partner', query: { count: 1 } });
    } catch (probeError) {
      if (probeError instanceof AltegioError && probeError.code === 'AUTH_REQUIRED') {
        throw new AppError('VALIDATION', 'Altegio did not accept this partner token.', {
          partnerToken: 'Altegio did not accept this partner token.',
        });
      }
    }
    throw new AppError('VALIDATION', 'Wrong login or password.', { password: 'Wrong login or password.' });
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
    const client = createAltegioClient({ ...deps.clientOptions, baseUrl, partnerToken, logger: deps.logger });
    let user;
    try {
      user = await client.auth.signIn(login, password);
    } catch (error) {
      return explainSignInFailure(error, baseUrl, partnerToken);
    }
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
        input.connection === 'custom' ? input.customUrl!.replace(/\/+$/, '') : BASE_URLS[input.connection];
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
        if (
          error instanceof AltegioError &&
          ['NETWORK', 'TIMEOUT', 'SERVER', 'RATE_LIMITED'].includes(error.code)
        ) {
          // Not the credentials' fault: keep them, say why, and let the user try again.
          const host = hostOf(tried);
          restoreProblem = ['NETWORK', 'TIMEOUT'].includes(error.code)
            ? `Frontdesk could not reach ${host} to reopen your session. Check the internet connection, then try again.`
            : `${host} had a problem reopening your session. Try again in a moment.`;
          publish();
        } else if (error instanceof AltegioError && error.code === 'AUTH_REQUIRED') {
          end('Your Altegio session has ended. Please sign in again.');
        }
        return state();
      }
    },

    signOut(): SessionState {
      end(null);
      return state();
    },

    selectLocation(locationId: number): SessionState {
      if (!active) throw new AppError('AUTH_REQUIRED', 'Please sign in first.');
      if (!active.locations.some((location) => location.id === locationId)) {
        throw new AppError('NOT_FOUND', 'That location is not one of yours.');
      }
      active.locationId = locationId;
      deps.store.set('lastLocationId', locationId);
      publish();
      return state();
    },

    /** The current client and location for a handler; a 401 inside `work` ends the session. */
    async withClient<T>(work: (client: AltegioClient, location: Location) => Promise<T>): Promise<T> {
      if (!active) throw new AppError('AUTH_REQUIRED', 'Please sign in first.');
      const location = active.locations.find((item) => item.id === active!.locationId);
      if (!location) throw new AppError('VALIDATION', 'Choose a location first.');
      try {
        return await work(active.client, location);
      } catch (error) {
        if (error instanceof AltegioError && error.code === 'AUTH_REQUIRED') {
          end('Altegio ended the session (the password may have been changed). Please sign in again.');
          deps.events.emit('session.expired', {
            message: 'Altegio ended the session. Please sign in again.',
          });
        }
        throw error;
      }
    },
  };
}
