// The connection test's part of the console API contract (`connection:test`): whether an identity
// provider can reach this installation's gateway at the saved Tenant URL, one step at a time.
// Pure: no Node, no Electron, no DOM.
import { z } from 'zod';
import type { ChannelAccess } from './privileges';

/** In the order they run: each needs the one before to pass (TLS only for https). */
export const CONNECTION_STEPS = ['url', 'dns', 'tcp', 'tls', 'gateway'] as const;
export type ConnectionStepId = (typeof CONNECTION_STEPS)[number];

/** `warning`: passed here, but an identity provider on another computer may still fail (loopback only, ...). */
export const STEP_OUTCOMES = ['passed', 'warning', 'failed', 'skipped'] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

export const connectionStep = z.object({
  id: z.enum(CONNECTION_STEPS),
  title: z.string(),
  outcome: z.enum(STEP_OUTCOMES),
  /** What was found, in a sentence. */
  detail: z.string(),
  /** What to do about it; null when nothing needs doing. */
  advice: z.string().nullable(),
});

export const connectionReport = z.object({
  tenantUrl: z.string().nullable(),
  testedAt: z.string(),
  /** True when no step failed (warnings allowed). */
  reachable: z.boolean(),
  steps: z.array(connectionStep),
});

export type ConnectionStep = z.output<typeof connectionStep>;
export type ConnectionReport = z.output<typeof connectionReport>;

const configure: ChannelAccess = 'configure-provisioning';

export const connectionContract = {
  // Runs from the console's own process (main, or `idsvc console`), never from the page.
  'connection:test': { input: z.object({}).strict(), output: connectionReport, privilege: configure },
} as const;
