// The first thing the renderer runs: picks the transport and starts the first view's calls
// (first-calls.ts). main.tsx imports it before React, so the calls are sent before react-dom's
// module code runs and React renders, not after.
import { withFirstCalls } from './first-calls';
import { type ApiChoice, selectApi } from './select-api';

function boot(): ApiChoice {
  const choice = selectApi();
  return choice.ok ? { ok: true, api: withFirstCalls(choice.api) } : choice;
}

export const bootChoice: ApiChoice = boot();
