import type { z } from 'zod';
import type { Result } from '../errors';
import { altegioContract, altegioEvents } from './altegio';
import { appContract } from './app';
import { appointmentsContract } from './appointments';
import { availabilityContract } from './availability';
import { bookingInboxContract } from './bookingInbox';
import { chainViewContract } from './chainView';
import { clientsContract } from './clients';
import { commentsContract } from './comments';
import { customFieldsContract } from './customFields';
import { labelsContract } from './labels';
import { offlineContract } from './offline';
import { onlineBookingContract } from './onlineBooking';
import { partnerReportContract } from './partnerReport';
import { preferencesContract, preferencesEvents } from './preferences';
import { rebookContract } from './rebook';
import { runningLateContract } from './runningLate';
import { schedulesContract } from './schedules';
import { servicesContract } from './services';
import { staffOutContract } from './staffOut';
import { sessionContract, sessionEvents } from './session';
import { teamContract } from './team';
import { teamHoursContract } from './teamHours';
import { visitsContract } from './visits';
import { visitMoveContract } from './visitMove';
import { walkInContract } from './walkIn';

/**
 * Every request the renderer may make of main, one slice per feature; the channel names are the keys
 * (there is no second list to keep in step).
 */
export const contract = {
  ...appContract,
  ...preferencesContract,
  ...sessionContract,
  ...teamContract,
  ...appointmentsContract,
  ...clientsContract,
  ...servicesContract,
  ...labelsContract,
  ...customFieldsContract,
  ...availabilityContract,
  ...schedulesContract,
  ...visitsContract,
  ...commentsContract,
  ...partnerReportContract,
  ...onlineBookingContract,
  ...walkInContract,
  ...bookingInboxContract,
  ...teamHoursContract,
  ...staffOutContract,
  ...runningLateContract,
  ...visitMoveContract,
  ...rebookContract,
  ...chainViewContract,
  ...altegioContract,
  ...offlineContract,
} as const;

/** Every push from main to the renderer, with its payload. */
export const events = { ...preferencesEvents, ...sessionEvents, ...altegioEvents } as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type EventName = keyof typeof events;

export const channelNames = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

/** The single ipcRenderer ← webContents channel that carries every push event. */
export const EVENT_IPC_CHANNEL = 'frontdesk:event';

export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** Largest serialized IPC payload main accepts; anything bigger is refused before parsing. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;

/**
 * Main's answer to a request: its Result, marked when Altegio answered during it (with data or a refusal,
 * any HTTP status). What main answers alone (settings, a refusal of bad input) is not marked.
 */
export type Answer<T> = Result<T> & { reachedAltegio?: true };

/** The object the preload exposes as `window.frontdesk`. */
export interface FrontdeskBridge {
  invoke<C extends Channel>(
    channel: C,
    ...input: Input<C> extends undefined ? [] : [Input<C>]
  ): Promise<Answer<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export { AppInfo } from './app';
export type { ChannelSpec, Slice } from './common';
