import { describe, expect, it } from 'vitest';
import { channelNames, contract, eventNames, events } from '../../shared/contract';
import { isChannel, isEventName } from '../../shared/channels';

describe('contract', () => {
  it('declares a schema for exactly the channels the preload knows', () => {
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
    expect(Object.keys(events).sort()).toEqual([...eventNames].sort());
  });

  it('recognises names exactly, with no prototype or case tricks', () => {
    expect(isChannel('app.info')).toBe(true);
    for (const name of ['App.Info', 'app.info ', '__proto__', 'constructor', 'toString', '', 42, null]) {
      expect(isChannel(name)).toBe(false);
    }
    expect(isEventName('settings.changed')).toBe(true);
    expect(isEventName('hasOwnProperty')).toBe(false);
  });
});
