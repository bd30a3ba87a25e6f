// Keeps the provisioning log within its retention in the background: on start and then every interval,
// deletes the expired rows in batches of a few thousand, each its own short write, with a timer turn
// between batches so the gateway's requests (same thread, same connection) are never held up for more
// than one batch. Runs in every process that hosts a gateway or the desktop app; two processes pruning
// the same file only share the work (each batch deletes whatever is still there).
import type { ActivityService } from './activity-service';

export interface LogPrunerOptions {
  /** Rows per batch; one batch is one DELETE. */
  batch?: number;
  /** Between runs. */
  intervalMs?: number;
  /** Between batches of one run. */
  pauseMs?: number;
  onError: (error: unknown) => void;
}

export interface LogPruner {
  /** Prunes now (resolves with the rows deleted); a run in progress is joined, not doubled. */
  runNow(): Promise<number>;
  stop(): void;
}

export const PRUNE_BATCH = 2000;
const HOUR_MS = 3_600_000;

export function startLogPruner(activity: Pick<ActivityService, 'pruneBatch'>, options: LogPrunerOptions): LogPruner {
  const batch = options.batch ?? PRUNE_BATCH;
  const pauseMs = options.pauseMs ?? 10;
  let stopped = false;
  let running: Promise<number> | null = null;

  const run = async (): Promise<number> => {
    let total = 0;
    while (!stopped) {
      const deleted = activity.pruneBatch(batch);
      total += deleted;
      if (deleted < batch) break;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
    return total;
  };
  const runNow = (): Promise<number> => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };
  const safeRun = () => {
    runNow().catch(options.onError);
  };
  const first = setTimeout(safeRun, 0);
  const timer = setInterval(safeRun, options.intervalMs ?? HOUR_MS);
  first.unref?.();
  timer.unref?.();
  return {
    runNow,
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
