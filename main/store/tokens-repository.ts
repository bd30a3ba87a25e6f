// The scim_tokens table: metadata of each bearer token (SCIM and user management API), keyed by its jti.
// Never the token itself.
import type { Database } from 'better-sqlite3';
import { StampedCache, type ChangeStamp } from './change-stamp';
import { translateDriverError } from './store-errors';
import { cachedPrepare, type Prepare } from './statement-cache';

export interface TokenRow {
  id: string;
  label: string;
  kid: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  lastUsedAt: string | null;
  lastUsedFrom: string | null;
  /** 'scim' or 'api' (migration 006); the CHECK constraint keeps it to those two. */
  kind: 'scim' | 'api';
  /** An API token's scopes; empty for SCIM tokens. */
  scopes: readonly string[];
  /** Signed with the low ECDSA s (migration 009): its high-s twin is refused. */
  lowS: boolean;
}

/** `kind` is 'scim' and `scopes` empty unless given. */
export type NewTokenRow = Pick<TokenRow, 'id' | 'label' | 'kid' | 'createdAt' | 'createdBy' | 'expiresAt'> &
  Partial<Pick<TokenRow, 'kind' | 'scopes' | 'lowS'>>;

type StoredTokenRow = Omit<TokenRow, 'scopes' | 'lowS'> & { scopes: string; lowS: number };
const fromStored = (row: StoredTokenRow): TokenRow => ({
  ...row,
  scopes: JSON.parse(row.scopes) as string[],
  lowS: row.lowS === 1,
});

const SELECT = `SELECT id, label, kid, created_at AS createdAt, created_by AS createdBy, expires_at AS expiresAt,
  revoked_at AS revokedAt, revoked_by AS revokedBy, last_used_at AS lastUsedAt, last_used_from AS lastUsedFrom,
  kind, scopes, low_s AS lowS
  FROM scim_tokens`;

export class TokensRepository {
  private readonly prepare: Prepare;
  private readonly rows: StampedCache<TokenRow | undefined>;

  constructor(db: Database, changes: ChangeStamp) {
    this.prepare = cachedPrepare(db);
    this.rows = new StampedCache(changes);
  }

  /**
   * The verifier runs this on every request. The row is re-read whenever the database changed, here
   * or in another process, so a revocation is seen on the next request; the result is frozen.
   */
  byId(id: string): Readonly<TokenRow> | undefined {
    return this.rows.get(id, () => {
      const row = this.prepare(`${SELECT} WHERE id = ?`).get(id) as StoredTokenRow | undefined;
      return row && fromStored(row);
    });
  }

  newestFirst(): TokenRow[] {
    return (this.prepare(`${SELECT} ORDER BY created_at DESC, rowid DESC`).all() as StoredTokenRow[]).map(fromStored);
  }

  insert(row: NewTokenRow): void {
    this.prepare(
      'INSERT INTO scim_tokens (id, label, kid, created_at, created_by, expires_at, kind, scopes, low_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      row.id,
      row.label,
      row.kid,
      row.createdAt,
      row.createdBy,
      row.expiresAt,
      row.kind ?? 'scim',
      JSON.stringify(row.scopes ?? []),
      row.lowS ? 1 : 0,
    );
  }

  /** Returns false when the token was unknown or already revoked. */
  revoke(id: string, revokedAt: string, revokedBy: string): boolean {
    const result = this.prepare('UPDATE scim_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL').run(
      revokedAt,
      revokedBy,
      id,
    );
    return result.changes === 1;
  }

  /**
   * Stamps the last use unless another stamp is newer than `staleBefore`; the condition lives in SQL so
   * processes sharing the database do not each write on the same request burst.
   */
  /** @throws StoreBusy when another connection holds the write lock past the busy timeout. */
  recordUse(id: string, usedAt: string, usedFrom: string | null, staleBefore: string): boolean {
    try {
      const result = this.prepare(
        `UPDATE scim_tokens SET last_used_at = ?, last_used_from = ?
            WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)`,
      ).run(usedAt, usedFrom, id, staleBefore);
      return result.changes === 1;
    } catch (error) {
      throw translateDriverError(error);
    }
  }
}
