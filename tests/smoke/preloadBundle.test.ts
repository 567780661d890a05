import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { channelNames, EVENT_IPC_CHANNEL, eventNames } from '../../shared/contract';

// A sandboxed preload gets a require() that knows only a few modules: the bundle must need nothing else.
const bundle = readFileSync('out/preload/index.cjs', 'utf8');

function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const ipcListeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, data: null, reachedAltegio: true });
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        ipcListeners.set(channel, (ipcListeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        ipcListeners.get(channel)?.delete(listener);
      },
    },
  };
  const push = (channel: string, ...args: unknown[]) =>
    ipcListeners.get(channel)?.forEach((listener) => listener({}, ...args));
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require "${name}"`);
  };
  const module = { exports: {} };
  runInNewContext(bundle, { require: sandboxRequire, module, exports: module.exports, Promise, Object });
  return {
    exposed,
    bridge: exposed['frontdesk'] as {
      invoke: (c: string, i?: unknown) => Promise<unknown>;
      on: (e: string, l: (payload: unknown) => void) => () => void;
    },
    invoked,
    ipcListeners,
    push,
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
    // Main's answer comes back whole, with its mark of whether Altegio answered.
    expect(await bridge.invoke('altegio.probe')).toEqual({ ok: true, data: null, reachedAltegio: true });
    expect(await bridge.invoke('vault.dump')).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', params: { channel: 'vault.dump' } },
    });
    expect(invoked).toHaveLength(channelNames.length + 1);
  });

  it('exposes exactly one object with two functions, and nothing of ipcRenderer itself', () => {
    const { exposed, bridge } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['frontdesk']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    for (const member of Object.values(bridge)) expect(typeof member).toBe('function');
    expect(Object.values(bridge)).not.toContain(undefined);
  });

  it('passes the channel and the input through unchanged, so main validates them against the contract', async () => {
    const { bridge, invoked } = loadPreload();
    const hostile = { __proto__: { polluted: true }, nested: { deep: [1, 2, 3] } };
    await bridge.invoke('preferences.set', hostile);
    expect(invoked).toEqual([['preferences.set', hostile]]);
    for (const channel of [EVENT_IPC_CHANNEL, 'constructor', '__proto__', 'toString', 42, null])
      expect(await bridge.invoke(channel as string)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    expect(invoked).toHaveLength(1);
  });

  it('listens only to declared events, delivers only the one asked for, and stops when told', () => {
    const { bridge, ipcListeners, push } = loadPreload();
    expect(() => bridge.on('vault.changed', () => undefined)).toThrow(/Unknown event/);
    expect(() => bridge.on('__proto__', () => undefined)).toThrow(/Unknown event/);
    expect(ipcListeners.size).toBe(0);
    const [first, second] = eventNames;
    const heard: unknown[] = [];
    const stop = bridge.on(first!, (payload) => heard.push(payload));
    push(EVENT_IPC_CHANNEL, second, 'not for this listener');
    push(EVENT_IPC_CHANNEL, first, 'for it');
    push('another-channel', first, 'not from the event channel');
    expect(heard).toEqual(['for it']);
    expect([...ipcListeners.keys()]).toEqual([EVENT_IPC_CHANNEL]);
    stop();
    push(EVENT_IPC_CHANNEL, first, 'after stop');
    expect(heard).toEqual(['for it']);
    expect(ipcListeners.get(EVENT_IPC_CHANNEL)?.size).toBe(0);
  });
});
