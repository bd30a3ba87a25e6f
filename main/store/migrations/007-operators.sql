-- Operators: the OS accounts that may use the console and idsvc, and the privileges each holds.
-- No account is written here: SQL cannot know who runs it. The services make the first account that
-- opens a database without operators (a new one, or one upgraded to this version) an operator with
-- every privilege, so an upgrade locks nobody out (ARCHITECTURE.md, "Operators").
-- account_key is how accounts compare: exactly on Linux and macOS, case-insensitively on Windows.

CREATE TABLE operators (
  account_key TEXT PRIMARY KEY,
  account TEXT NOT NULL CHECK (length(account) BETWEEN 1 AND 256),
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL
);

CREATE TABLE operator_privileges (
  account_key TEXT NOT NULL REFERENCES operators (account_key) ON DELETE CASCADE,
  privilege TEXT NOT NULL
    CHECK (privilege IN ('configure-provisioning', 'manage-employees', 'view-activity', 'manage-operators')),
  granted_at TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  PRIMARY KEY (account_key, privilege)
) WITHOUT ROWID;
CREATE INDEX operator_privileges_holders ON operator_privileges (privilege, account_key);

-- The Audit view filters by operator and by kind, newest first, continued by id (keyset).
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
