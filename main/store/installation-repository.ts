// The installation row: the tenant id generated once at first run (the JWT issuer and audience) and the
// connection probe's secret (never leaves main: neither the contract nor any log carries it).
import type { Database } from 'better-sqlite3';
import { cachedPrepare, type Prepare } from './statement-cache';

export class InstallationRepository {
  private readonly prepare: Prepare;

  constructor(db: Database) {
    this.prepare = cachedPrepare(db);
  }

  tenantId(): string {
    const row = this.prepare('SELECT tenant_id FROM installation WHERE id = 1').get() as { tenant_id: string };
    return row.tenant_id;
  }

  probeKey(): Buffer {
    const row = this.prepare('SELECT probe_key FROM installation WHERE id = 1').get() as { probe_key: Buffer | null };
    if (!row.probe_key || row.probe_key.length < 32) throw new Error('The installation has no connection probe key.');
    return row.probe_key;
  }
}
