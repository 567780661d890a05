import type { IpcMain } from 'electron';
import { channelNames } from '../../../shared/contract';
import type { Invoke } from './invoker';

/** The only place that touches ipcMain: each contract channel goes through the shared invoker. */
export function bindIpc(ipcMain: Pick<IpcMain, 'handle'>, invoke: Invoke): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, raw: unknown) =>
      invoke(channel, raw, { senderUrl: event.senderFrame?.url }),
    );
  }
}
