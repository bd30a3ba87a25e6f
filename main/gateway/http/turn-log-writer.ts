// The provisioning log rows of the requests answered in one turn of the event loop are written together,
// in one transaction at the end of that turn (setImmediate), not one commit per request: a commit (its
// WAL write and share of checkpoints) was the largest single cost of a GET under load. The rows are
// written right after the turn's responses were sent, before the event loop polls sockets again.
// Logging must not turn an answered request into a failure; a failed write is reported instead. Rows
// refused because another process held the database past the busy timeout (a large import) are kept
// and written later, so the log loses nothing to it. The SCIM handler and the user management API each
// keep one.
import { operationOf } from '../../../preload/activity-operations';
import { isBusyError } from '../../services/errors';
import type { Services } from '../../services/services';

/**
 * After a busy refusal, the next try: each try that finds the database still locked blocks the event
 * loop for the busy timeout, so tries are spaced by about as long again.
 */
const BUSY_RETRY_MS = 5000;
/** Rows kept for a database that stays locked, at most: beyond them the oldest are dropped and reported. */
const MAX_KEPT_ROWS = 100_000;

export type LogEntry = Parameters<Services['gatewayHost']['appendLog']>[0][number];

/** What a handler knows of a request once it is answered: the log row is made of it. */
export interface AnsweredRequest {
  at: Date;
  /** performance.now() when the request arrived. */
  started: number;
  /** The token that called: authenticated, or genuine but refused (revoked, expired, provisioning off). */
  caller: { tokenId: string; label: string } | null;
  method: string;
  url: { pathname: string; search: string };
  resourceType: string | null;
  log: { resourceId?: string | null; userName?: string | null; externalId?: string | null; changes?: LogEntry['changes'] };
  status: number;
  /** SCIM's scimType, or the user management API's problem code. */
  code: string | null;
  detail: string | null;
  remoteAddress: string | null;
}

/** The log row of an answered request; an empty change list is logged as none. */
export function logEntryOf(request: AnsweredRequest): LogEntry {
  const { log } = request;
  const changes = log.changes && Object.keys(log.changes).length > 0 ? log.changes : null;
  return {
    at: request.at.toISOString(),
    actor: request.caller?.label ?? null,
    tokenId: request.caller?.tokenId ?? null,
    method: request.method,
    path: `${request.url.pathname}${request.url.search}`.slice(0, 1000),
    resourceType: request.resourceType,
    resourceId: log.resourceId ?? null,
    userName: log.userName ?? null,
    externalId: log.externalId ?? null,
    status: request.status,
    scimType: request.code,
    detail: request.detail,
    changes,
    remoteAddress: request.remoteAddress,
    durationMs: Math.round((performance.now() - request.started) * 100) / 100,
    operation: operationOf({ method: request.method, status: request.status, changes }),
  };
}

export interface TurnLogWriter {
  add(entry: LogEntry): void;
  /** Writes what is queued now (a listener closing): rows the database still refuses are reported, not kept. */
  flush(): void;
}

export function turnLogWriter(services: Services, onError: (error: unknown) => void): TurnLogWriter {
  let queue: LogEntry[] = [];
  let scheduled = false;
  const flush = (closing = false) => {
    scheduled = false;
    if (queue.length === 0) return;
    const entries = queue;
    queue = [];
    try {
      services.gatewayHost.appendLog(entries, onError);
    } catch (error) {
      if (!isBusyError(error)) return onError(error);
      if (!closing) return keep(entries);
      onError(
        new Error(`Provisioning log rows not written before the listener stopped (the database stayed busy): ${entries.length}.`),
      );
    }
  };
  // The refused rows go back in front of any added since, and one try is scheduled: add() schedules
  // none meanwhile.
  const keep = (entries: LogEntry[]) => {
    queue = entries.concat(queue);
    if (queue.length > MAX_KEPT_ROWS) {
      const dropped = queue.length - MAX_KEPT_ROWS;
      queue = queue.slice(dropped);
      onError(new Error(`Provisioning log rows dropped (the database stayed busy): ${dropped}.`));
    }
    scheduled = true;
    setTimeout(flush, BUSY_RETRY_MS).unref();
  };
  return {
    add(entry) {
      queue.push(entry);
      if (scheduled) return;
      scheduled = true;
      setImmediate(flush);
    },
    flush: () => flush(true),
  };
}
