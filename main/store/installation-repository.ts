// The installation row: the tenant id generated once at first run (the JWT issuer and audience).
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
}
