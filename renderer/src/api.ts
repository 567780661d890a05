import type { Channel, EventName, EventPayload, Input, Output } from '../../shared/contract';
import type { AppErrorShape, ErrorCode } from '../../shared/errors';
import { getBridge } from './bridge';

/** A refused request, thrown so TanStack Query sees a failure; keeps the code and field errors. */
export class BridgeError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'BridgeError';
    this.code = shape.code;
    this.fields = shape.fields;
  }
}

/** Invokes a channel and unwraps its Result: data, or a thrown BridgeError. */
export async function call<C extends Channel>(
  channel: C,
  ...input: Input<C> extends undefined ? [] : [Input<C>]
): Promise<Output<C>> {
  const result = await getBridge().invoke(channel, ...input);
  if (!result.ok) throw new BridgeError(result.error);
  return result.data;
}

export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return getBridge().on(event, listener);
}

/** TanStack Query keys, one place for all of them so invalidation cannot miss a spelling. */
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  preferences: ['settings', 'preferences'] as const,
  session: ['session'] as const,
  team: (locationId: number) => ['team', locationId] as const,
  appointments: (locationId: number, from: string, to: string) =>
    ['appointments', locationId, from, to] as const,
  workingHours: (locationId: number, from: string, to: string) =>
    ['workingHours', locationId, from, to] as const,
  services: (locationId: number) => ['catalog', 'services', locationId] as const,
  labels: (locationId: number) => ['catalog', 'labels', locationId] as const,
  customFields: (locationId: number) => ['catalog', 'customFields', locationId] as const,
  clientSearch: (locationId: number, text: string) => ['clients', 'search', locationId, text] as const,
  recentVisits: (locationId: number, clientId: number) =>
    ['clients', 'visits', locationId, clientId] as const,
  freeTimes: (locationId: number, teamMemberId: number, date: string, serviceIds: readonly number[]) =>
    ['availability', 'times', locationId, teamMemberId, date, serviceIds.join(',')] as const,
  bookableDates: (locationId: number, teamMemberId: number, from: string, serviceIds: readonly number[]) =>
    ['availability', 'dates', locationId, teamMemberId, from, serviceIds.join(',')] as const,
};
