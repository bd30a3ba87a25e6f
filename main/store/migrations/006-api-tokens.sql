-- Tokens of two kinds: `scim` (the identity provider, at the SCIM base path) and `api` (the user
-- management API under /api/v1), with the scopes an API token was granted (a JSON array). Tokens made
-- before this migration are SCIM tokens with no scopes. One table, so both kinds are listed, revoked
-- and audited alike.
ALTER TABLE scim_tokens ADD COLUMN kind TEXT NOT NULL DEFAULT 'scim' CHECK (kind IN ('scim', 'api'));
ALTER TABLE scim_tokens ADD COLUMN scopes TEXT NOT NULL DEFAULT '[]'
  CHECK (json_valid(scopes) AND json_type(scopes) = 'array' AND (kind = 'api') = (json_array_length(scopes) > 0));
