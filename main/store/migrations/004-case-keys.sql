-- Case-insensitive keys for userName, the work email, group displayName and organization names,
-- folded by foldCase (main/store/case-fold.ts: NFC, Unicode lowercase); SQLite's NOCASE folds A-Z only.
-- The repositories write the keys; fold_case() is the same function, registered by openDatabase.
-- A name key is NULL once SCIM deleted the row: that frees the name, and lets the unique indexes do
-- without a WHERE clause, which SQLite's multi-index OR (`userName eq "a" or externalId eq "b"`) needs.
ALTER TABLE employees ADD COLUMN user_name_key TEXT;
ALTER TABLE employees ADD COLUMN email_key TEXT;
UPDATE employees SET email_key = fold_case(email),
  user_name_key = CASE WHEN scim_deleted_at IS NULL THEN fold_case(user_name) END;

-- Names NOCASE saw as two but that fold to one (ÄNNE and änne): the later employee's key gets its id
-- appended, so the upgrade never fails and both employees stay; the earlier one keeps the name.
UPDATE employees SET user_name_key = user_name_key || char(0) || id
 WHERE EXISTS (
   SELECT 1 FROM employees AS earlier
    WHERE earlier.user_name_key = employees.user_name_key AND earlier.rowid < employees.rowid);

DROP INDEX employees_user_name;
CREATE UNIQUE INDEX employees_user_name_key ON employees (user_name_key);
DROP INDEX employees_email;
CREATE INDEX employees_email_key ON employees (email_key) WHERE email_key IS NOT NULL;

ALTER TABLE scim_groups ADD COLUMN display_name_key TEXT;
UPDATE scim_groups SET display_name_key = CASE WHEN scim_deleted_at IS NULL THEN fold_case(display_name) END;
UPDATE scim_groups SET display_name_key = display_name_key || char(0) || id
 WHERE EXISTS (
   SELECT 1 FROM scim_groups AS earlier
    WHERE earlier.display_name_key = scim_groups.display_name_key AND earlier.rowid < scim_groups.rowid);
DROP INDEX scim_groups_display_name;
CREATE UNIQUE INDEX scim_groups_display_name_key ON scim_groups (display_name_key);

ALTER TABLE organizations ADD COLUMN name_key TEXT;
UPDATE organizations SET name_key = fold_case(name);
UPDATE organizations SET name_key = name_key || char(0) || id
 WHERE EXISTS (
   SELECT 1 FROM organizations AS earlier
    WHERE ifnull(earlier.parent_id, '') = ifnull(organizations.parent_id, '') AND earlier.name_key = organizations.name_key
      AND earlier.rowid < organizations.rowid);
DROP INDEX organizations_sibling_name;
CREATE UNIQUE INDEX organizations_sibling_name_key ON organizations (ifnull(parent_id, ''), name_key);
