import { events, type EventName, type EventPayload } from '../../../shared/contract';
import type { Logger } from '../log';

/** Where pushes go: every app window in Electron, the test page in end-to-end runs. */
export type EventSink = (event: EventName, payload: unknown) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export function createEventBus(sink: EventSink, logger: Logger): EventBus {
  return {
    emit(event, payload) {
      const checked = events[event].safeParse(payload);
      if (!checked.success) {
        logger.error(`Event ${event} not sent: payload outside the contract`);
        return;
      }
      sink(event, checked.data);
    },
  };
}
