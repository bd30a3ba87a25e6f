// gateway_listeners: where each gateway process listens and its heartbeat, so a console in another
// process can tell whether the gateway runs.
import type { Database } from 'better-sqlite3';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface GatewayListenerRow {
  id: string;
  pid: number;
  address: string;
  tls: boolean;
  behindProxy: boolean;
  startedAt: string;
  heartbeatAt: string;
  stoppedAt: string | null;
}

type Raw = Omit<GatewayListenerRow, 'tls' | 'behindProxy'> & { tls: number; behindProxy: number };

export class GatewayListenersRepository {
  private readonly prepare: Prepare;

  constructor(db: Database) {
    this.prepare = cachedPrepare(db);
  }

  start(row: Omit<GatewayListenerRow, 'stoppedAt'>): void {
    this.prepare(
      `INSERT INTO gateway_listeners (id, pid, address, tls, behind_proxy, started_at, heartbeat_at)
       VALUES (@id, @pid, @address, @tls, @behindProxy, @startedAt, @heartbeatAt)`,
    ).run({ ...row, tls: row.tls ? 1 : 0, behindProxy: row.behindProxy ? 1 : 0 });
  }

  heartbeat(id: string, at: string): void {
    this.prepare('UPDATE gateway_listeners SET heartbeat_at = ? WHERE id = ?').run(at, id);
  }

  stop(id: string, at: string): void {
    this.prepare('UPDATE gateway_listeners SET stopped_at = ?, heartbeat_at = ? WHERE id = ?').run(at, at, id);
  }

  /** The most recently started listeners, newest first. */
  recent(limit: number): GatewayListenerRow[] {
    const rows = this.prepare(
      `SELECT id, pid, address, tls, behind_proxy AS behindProxy, started_at AS startedAt,
              heartbeat_at AS heartbeatAt, stopped_at AS stoppedAt
         FROM gateway_listeners ORDER BY started_at DESC LIMIT ?`,
    ).all(limit) as Raw[];
    return rows.map((row) => ({ ...row, tls: row.tls === 1, behindProxy: row.behindProxy === 1 }));
  }
}
