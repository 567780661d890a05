import '../../shared/zodJitless';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_IPC_CHANNEL, isChannel, isEventName, type FrontdeskBridge } from '../../shared/contract';
import { fail } from '../../shared/errors';

// The whole surface the renderer gets: invoke a declared channel, listen to a declared event.
const bridge = {
  invoke: (channel: string, input?: unknown) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve(fail('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 80) })),
  on: (event: string, listener: (payload: never) => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event "${String(event).slice(0, 80)}"`);
    const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as never);
    };
    ipcRenderer.on(EVENT_IPC_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_IPC_CHANNEL, forward);
    };
  },
} satisfies FrontdeskBridge;

contextBridge.exposeInMainWorld('frontdesk', bridge);
