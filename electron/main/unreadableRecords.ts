import type { UnreadableResource } from '../../shared/domain/unreadable';
import type { UnreadableSink } from './altegio/listItems';
import type { EventBus } from './ipc/events';

/**
 * Tells the renderer about unreadable records: every read that left some out, and the first clean read
 * after one that did (so the status bar's line goes). Clean reads of clean lists push nothing.
 */
export function forwardUnreadable(events: EventBus): UnreadableSink {
  const flagged = new Set<UnreadableResource>();
  return ({ resource, count }) => {
    if (count === 0 && !flagged.delete(resource)) return;
    if (count > 0) flagged.add(resource);
    events.emit('altegio.unreadable', { resource, count });
  };
}
