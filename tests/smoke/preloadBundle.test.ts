import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract';

// A sandboxed preload gets a require() that knows only a few modules: the bundle must need nothing else.
const bundle = readFileSync('out/preload/index.cjs', 'utf8');

function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, data: null });
      },
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require "${name}"`);
  };
  const module = { exports: {} };
  runInNewContext(bundle, { require: sandboxRequire, module, exports: module.exports, Promise, Object });
  return {
    bridge: exposed['frontdesk'] as { invoke: (c: string, i?: unknown) => Promise<unknown> },
    invoked,
  };
}

describe('the built preload', () => {
  it('requires nothing but electron, so it loads in a sandboxed window', () => {
    expect([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);
    expect(() => loadPreload()).not.toThrow();
  });

  it('forwards every contract channel, and answers an unknown one itself', async () => {
    const { bridge, invoked } = loadPreload();
    for (const channel of channelNames) await bridge.invoke(channel);
    expect(invoked.map(([channel]) => channel)).toEqual([...channelNames]);
    expect(await bridge.invoke('vault.dump')).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', params: { channel: 'vault.dump' } },
    });
    expect(invoked).toHaveLength(channelNames.length);
  });
});
