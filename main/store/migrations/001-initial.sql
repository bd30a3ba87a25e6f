-- The installation, the organization tree, provisioning settings and the settings audit trail.

CREATE TABLE installation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  tenant_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  parent_id TEXT REFERENCES organizations (id),
  created_at TEXT NOT NULL
);
-- Sibling names are unique regardless of case; the root has no parent and there is only one.
CREATE UNIQUE INDEX organizations_sibling_name ON organizations (ifnull(parent_id, ''), lower(name));
CREATE UNIQUE INDEX organizations_single_root ON organizations (ifnull(parent_id, '')) WHERE parent_id IS NULL;

CREATE TABLE provisioning_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  tenant_url TEXT,
  new_user_org_id TEXT REFERENCES organizations (id),
  synced_fields TEXT NOT NULL DEFAULT '["status"]' CHECK (json_valid(synced_fields)),
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT,
  updated_by TEXT
);
INSERT INTO provisioning_settings (id) VALUES (1);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  details TEXT NOT NULL CHECK (json_valid(details))
);
CREATE INDEX audit_log_at ON audit_log (at);
