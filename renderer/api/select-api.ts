// Picks the transport: the preload bridge in the desktop app, else HTTP with the session token.
import type { ConsoleApi } from '../../preload/contract';
import { createElectronApi } from './electron-client';
import { createExportDownloads } from './export-download';
import { createHttpApi } from './http-client';
import { takeSessionToken } from './session-token';

export type ApiChoice = { ok: true; api: ConsoleApi } | { ok: false; reason: string };

export function selectApi(): ApiChoice {
  if (window.idsvc) return { ok: true, api: createElectronApi(window.idsvc) };
  const token = takeSessionToken(window.location, window.history, window.sessionStorage);
  if (!token) {
    return {
      ok: false,
      reason: 'This page needs the session link that idsvc console printed (it ends with #token=...). Open that link.',
    };
  }
  // The HTTP API also downloads the exports (the desktop app saves them through a dialog instead).
  const api = Object.assign(createHttpApi(window.location.origin, token), createExportDownloads(window.location.origin, token));
  return { ok: true, api };
}
