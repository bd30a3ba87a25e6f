// The console API over Electron IPC: one handler per contract channel, refusing any sender frame that
// is not the console's own page. Typed structurally so this folder never imports 'electron'.
import { CHANNELS, type Envelope } from '../../preload/contract';
import type { Actor } from '../services/context';
import type { Dispatch } from './dispatcher';

export interface IpcInvokeEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, input: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcTransportOptions {
  isTrustedSender(frameUrl: string): boolean;
  actor: Actor;
}

/** Registers every channel; returns the function that unregisters them. */
export function registerIpcTransport(ipcMain: IpcMainLike, dispatch: Dispatch, options: IpcTransportOptions): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input): Promise<Envelope<unknown>> => {
      const url = event.senderFrame?.url;
      if (url === undefined || !options.isTrustedSender(url)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call the console API.' } };
      }
      return dispatch(channel, input, { actor: options.actor });
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
