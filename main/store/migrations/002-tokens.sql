-- JWT token support: the public halves of the signing keys and the metadata of every SCIM token.
-- Neither the token string nor any private key is ever stored here (private keys live in the keychain).

CREATE TABLE signing_keys (
  kid TEXT PRIMARY KEY CHECK (length(kid) BETWEEN 1 AND 100),
  alg TEXT NOT NULL CHECK (alg = 'ES256'),
  -- A JWK with a "d" member is a private key: refuse it even if a bug tries to write one.
  public_jwk TEXT NOT NULL CHECK (json_valid(public_jwk) AND json_extract(public_jwk, '$.d') IS NULL),
  created_at TEXT NOT NULL,
  retired_at TEXT,
  CHECK (retired_at IS NULL OR retired_at >= created_at)
);
-- One current (unretired) key per algorithm, so two processes racing to create one cannot both win.
CREATE UNIQUE INDEX signing_keys_current ON signing_keys (alg) WHERE retired_at IS NULL;

CREATE TABLE scim_tokens (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100 AND label = trim(label)),
  kid TEXT NOT NULL REFERENCES signing_keys (kid),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  expires_at TEXT NOT NULL CHECK (expires_at > created_at),
  revoked_at TEXT,
  revoked_by TEXT,
  last_used_at TEXT,
  last_used_from TEXT,
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX scim_tokens_created_at ON scim_tokens (created_at);
CREATE INDEX scim_tokens_kid ON scim_tokens (kid);
