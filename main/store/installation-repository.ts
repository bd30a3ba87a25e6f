// The installation row: the tenant id generated once at first run (the JWT issuer and audience).
import type { Database } from 'better-sqlite3';

export class InstallationRepository {
  constructor(private readonly db: Database) {}

  tenantId(): string {
    const row = this.db.prepare('SELECT tenant_id FROM installation WHERE id = 1').get() as { tenant_id: string };
    return row.tenant_id;
  }
}
