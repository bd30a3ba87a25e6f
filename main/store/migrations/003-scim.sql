-- Employees (the WFO side, provisioned over SCIM or local), SCIM groups, and the provisioning log.

CREATE TABLE employees (
  id TEXT PRIMARY KEY,
  user_name TEXT NOT NULL CHECK (length(user_name) BETWEEN 1 AND 50),
  external_id TEXT,
  first_name TEXT,
  last_name TEXT,
  display_name TEXT,
  employee_number TEXT,
  email TEXT,
  work_phone TEXT,
  cell_phone TEXT,
  address_line1 TEXT,
  city TEXT,
  state TEXT,
  zip_code TEXT,
  country TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  org_id TEXT NOT NULL REFERENCES organizations (id),
  source TEXT NOT NULL CHECK (source IN ('scim', 'local')),
  -- The SCIM resource as the identity provider last wrote it (password and unknown attributes dropped).
  scim_resource TEXT CHECK (scim_resource IS NULL OR json_valid(scim_resource)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- Set by SCIM DELETE: hidden from SCIM from then on; the employee and its history stay.
  scim_deleted_at TEXT
);
-- userName is unique regardless of case among employees SCIM can see; a deleted one frees its name.
CREATE UNIQUE INDEX employees_user_name ON employees (user_name COLLATE NOCASE) WHERE scim_deleted_at IS NULL;
CREATE INDEX employees_external_id ON employees (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX employees_email ON employees (email COLLATE NOCASE) WHERE email IS NOT NULL;

CREATE TABLE scim_groups (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  external_id TEXT,
  scim_resource TEXT NOT NULL CHECK (json_valid(scim_resource)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  scim_deleted_at TEXT
);
CREATE UNIQUE INDEX scim_groups_display_name ON scim_groups (display_name COLLATE NOCASE) WHERE scim_deleted_at IS NULL;

CREATE TABLE scim_group_members (
  group_id TEXT NOT NULL REFERENCES scim_groups (id),
  employee_id TEXT NOT NULL REFERENCES employees (id),
  PRIMARY KEY (group_id, employee_id)
) WITHOUT ROWID;
CREATE INDEX scim_group_members_employee ON scim_group_members (employee_id);

-- No AUTOINCREMENT: rows are never deleted, so rowids only grow, without a sqlite_sequence write per row.
CREATE TABLE provisioning_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT,
  token_id TEXT,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  resource_type TEXT,
  resource_id TEXT,
  user_name TEXT,
  external_id TEXT,
  status INTEGER NOT NULL,
  scim_type TEXT,
  detail TEXT,
  changes TEXT CHECK (changes IS NULL OR json_valid(changes)),
  remote_address TEXT,
  duration_ms REAL
);
-- Failures are few: the Activity view's "Failures" filter and "last error" walk this, not the log.
CREATE INDEX provisioning_log_failures ON provisioning_log (id) WHERE status >= 400;

-- Gateway listeners, so a console in another process can show whether the gateway runs and where.
CREATE TABLE gateway_listeners (
  id TEXT PRIMARY KEY,
  pid INTEGER NOT NULL,
  address TEXT NOT NULL,
  tls INTEGER NOT NULL CHECK (tls IN (0, 1)),
  behind_proxy INTEGER NOT NULL DEFAULT 0 CHECK (behind_proxy IN (0, 1)),
  started_at TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL,
  stopped_at TEXT
);
