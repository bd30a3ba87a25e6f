// The signing_keys table: the public half of each token-signing key. The private half is in the keychain.
import type { Database } from 'better-sqlite3';
import { cachedPrepare, type Prepare } from './statement-cache';
import type { JWK } from 'jose';

export interface SigningKeyRow {
  kid: string;
  alg: 'ES256';
  publicJwk: JWK;
  createdAt: string;
  retiredAt: string | null;
}

interface RawRow {
  kid: string;
  alg: 'ES256';
  public_jwk: string;
  created_at: string;
  retired_at: string | null;
}

const COLUMNS = 'kid, alg, public_jwk, created_at, retired_at';

export class SigningKeysRepository {
  private readonly prepare: Prepare;

  constructor(db: Database) {
    this.prepare = cachedPrepare(db);
  }

  /** The key new tokens are signed with, if one was created yet. */
  current(): SigningKeyRow | undefined {
    const raw = this.prepare(`SELECT ${COLUMNS} FROM signing_keys WHERE retired_at IS NULL AND alg = 'ES256'`).get() as
      | RawRow
      | undefined;
    return raw && toRow(raw);
  }

  byKid(kid: string): SigningKeyRow | undefined {
    const raw = this.prepare(`SELECT ${COLUMNS} FROM signing_keys WHERE kid = ?`).get(kid) as RawRow | undefined;
    return raw && toRow(raw);
  }

  all(): SigningKeyRow[] {
    const raws = this.prepare(`SELECT ${COLUMNS} FROM signing_keys ORDER BY created_at, kid`).all() as RawRow[];
    return raws.map(toRow);
  }

  insert(row: Omit<SigningKeyRow, 'retiredAt'>): void {
    this.prepare('INSERT INTO signing_keys (kid, alg, public_jwk, created_at) VALUES (?, ?, ?, ?)').run(
      row.kid,
      row.alg,
      JSON.stringify(row.publicJwk),
      row.createdAt,
    );
  }

  /** Returns false when the key was unknown or already retired. */
  retire(kid: string, retiredAt: string): boolean {
    const result = this.prepare('UPDATE signing_keys SET retired_at = ? WHERE kid = ? AND retired_at IS NULL').run(
      retiredAt,
      kid,
    );
    return result.changes === 1;
  }
}

function toRow(raw: RawRow): SigningKeyRow {
  return {
    kid: raw.kid,
    alg: raw.alg,
    publicJwk: JSON.parse(raw.public_jwk) as JWK,
    createdAt: raw.created_at,
    retiredAt: raw.retired_at,
  };
}
