// The single provisioning_settings row, with the version check that makes a stale save fail.
import type { Database } from 'better-sqlite3';
import { StampedCache, type ChangeStamp } from './change-stamp';
import { cachedPrepare, type Prepare } from './statement-cache';
import type { SelectableFieldKey } from '../../preload/field-catalog';

export interface SettingsRow {
  enabled: boolean;
  tenantUrl: string | null;
  newUserOrganizationId: string | null;
  syncedFields: SelectableFieldKey[];
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type SettingsValues = Pick<SettingsRow, 'enabled' | 'tenantUrl' | 'newUserOrganizationId' | 'syncedFields'>;

interface RawRow {
  enabled: number;
  tenant_url: string | null;
  new_user_org_id: string | null;
  synced_fields: string;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

export class SettingsRepository {
  private readonly prepare: Prepare;
  private readonly cache: StampedCache<SettingsRow>;

  constructor(db: Database, changes: ChangeStamp) {
    this.prepare = cachedPrepare(db);
    this.cache = new StampedCache(changes, 1);
  }

  /** Read on every gateway request and token check: cached until the database changes; frozen. */
  read(): Readonly<SettingsRow> {
    return this.cache.get('settings', () => this.load());
  }

  private load(): SettingsRow {
    const raw = this.prepare('SELECT * FROM provisioning_settings WHERE id = 1').get() as RawRow;
    return {
      enabled: raw.enabled === 1,
      tenantUrl: raw.tenant_url,
      newUserOrganizationId: raw.new_user_org_id,
      syncedFields: JSON.parse(raw.synced_fields) as SelectableFieldKey[],
      version: raw.version,
      updatedAt: raw.updated_at,
      updatedBy: raw.updated_by,
    };
  }

  /** Writes only if the row is still at `expectedVersion`; returns false when it was not. */
  updateIfVersion(expectedVersion: number, values: SettingsValues, updatedAt: string, updatedBy: string): boolean {
    const result = this.prepare(
      `UPDATE provisioning_settings
            SET enabled = ?, tenant_url = ?, new_user_org_id = ?, synced_fields = ?,
                version = version + 1, updated_at = ?, updated_by = ?
          WHERE id = 1 AND version = ?`,
    ).run(
      values.enabled ? 1 : 0,
      values.tenantUrl,
      values.newUserOrganizationId,
      JSON.stringify(values.syncedFields),
      updatedAt,
      updatedBy,
      expectedVersion,
    );
    return result.changes === 1;
  }
}
