import { readdirSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { channelNames, contract, isChannel, isEventName } from '../../shared/contract';

describe('contract', () => {
  it('has one slice per feature, and every channel is named after its slice', async () => {
    const slices = readdirSync('shared/contract')
      .filter((file) => file.endsWith('.ts') && !['index.ts', 'common.ts'].includes(file))
      .map((file) => file.replace(/\.ts$/, ''));
    const features = new Set(channelNames.map((channel) => channel.split('.')[0]));
    expect([...features].sort()).toEqual(slices.sort());
    for (const slice of slices) {
      const module = (await import(`../../shared/contract/${slice}.ts`)) as Record<string, unknown>;
      const declared = Object.keys(module[`${slice}Contract`] as object);
      expect(declared.every((channel) => channel.startsWith(`${slice}.`))).toBe(true);
    }
  });

  it('recognises names exactly, with no prototype or case tricks', () => {
    expect(isChannel('app.info')).toBe(true);
    for (const name of ['App.Info', 'app.info ', '__proto__', 'constructor', 'toString', '', 42, null]) {
      expect(isChannel(name)).toBe(false);
    }
    expect(isEventName('preferences.changed')).toBe(true);
    expect(isEventName('hasOwnProperty')).toBe(false);
  });

  it('declares an object input for every channel that takes one, so none is open-ended', () => {
    for (const channel of channelNames) {
      const input = contract[channel].input;
      expect(input instanceof z.ZodObject || input instanceof z.ZodUndefined, channel).toBe(true);
    }
  });
});
