// The preload bridge: exposes `window.idsvc.invoke(channel, input)` for contract channels only.
// It returns the envelope as is; renderer/api turns failures into ApiError (contextBridge would strip
// an error's fields). No raw ipcRenderer reaches the renderer.
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel, type Channel } from './channels';
import type { ChannelInput, ChannelOutput, Envelope } from './contract';

const bridge = {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>> {
    if (!isChannel(channel)) return Promise.reject(new Error(`Unknown channel '${String(channel)}'`));
    return ipcRenderer.invoke(channel, input) as Promise<Envelope<ChannelOutput<C>>>;
  },
};

export type PreloadBridge = typeof bridge;

contextBridge.exposeInMainWorld('idsvc', bridge);
