// The provisioning log rows of the requests answered in one turn of the event loop are written together,
// in one transaction at the end of that turn (setImmediate), not one commit per request: a commit (its
// WAL write and share of checkpoints) was the largest single cost of a GET under load. The rows are
// written right after the turn's responses were sent, before the event loop polls sockets again.
// Logging must not turn an answered request into a failure; a failed write is reported instead. The
// SCIM handler and the user management API each keep one.
import type { Services } from '../../services/services';

export type LogEntry = Parameters<Services['gatewayHost']['appendLog']>[0][number];

export interface TurnLogWriter {
  add(entry: LogEntry): void;
  /** Writes what is queued now (a listener closing). */
  flush(): void;
}

export function turnLogWriter(services: Services, onError: (error: unknown) => void): TurnLogWriter {
  let queue: LogEntry[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (queue.length === 0) return;
    const entries = queue;
    queue = [];
    try {
      services.gatewayHost.appendLog(entries, onError);
    } catch (error) {
      onError(error);
    }
  };
  return {
    add(entry) {
      queue.push(entry);
      if (scheduled) return;
      scheduled = true;
      setImmediate(flush);
    },
    flush,
  };
}
