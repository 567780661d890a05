import { describe, expect, it } from 'vitest';
import type { UnreadableReport } from '../../shared/domain/unreadable';
import { forwardUnreadable } from '../../electron/main/unreadableRecords';

describe('forwarding unreadable records to the renderer', () => {
  it('pushes every read that left records out and the first clean one after, nothing for clean lists', () => {
    const pushed: UnreadableReport[] = [];
    const report = forwardUnreadable({
      emit: (event, payload) => {
        expect(event).toBe('altegio.unreadable');
        pushed.push(payload as UnreadableReport);
      },
    });
    report({ resource: 'services', count: 0 });
    report({ resource: 'teamMembers', count: 2 });
    report({ resource: 'teamMembers', count: 2 });
    report({ resource: 'labels', count: 0 });
    report({ resource: 'teamMembers', count: 0 });
    report({ resource: 'teamMembers', count: 0 });
    expect(pushed).toEqual([
      { resource: 'teamMembers', count: 2 },
      { resource: 'teamMembers', count: 2 },
      { resource: 'teamMembers', count: 0 },
    ]);
  });
});
