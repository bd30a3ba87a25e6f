-- The Employees view sorts by last name and by email (store/employee-directory-repository.ts). The rows
-- that have the value are read in order from the key's index (004, 008); these two partial indexes find
-- the rows that have none, which sort last (first from Z to A), without reading every row. Only such rows
-- are in them, so a create with a last name and an email does not write them.
CREATE INDEX employees_without_last_name ON employees (user_name COLLATE NOCASE, id) WHERE coalesce(last_name_key, '') = '';
CREATE INDEX employees_without_email ON employees (user_name COLLATE NOCASE, id) WHERE coalesce(email_key, '') = '';
