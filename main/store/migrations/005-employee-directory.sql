-- The employee directory (the console's Employees view and the user management API): pages in
-- userName order, continued from the last row of the previous page (keyset), and organization filters.
-- NOCASE, not a folded key: this index orders rows for people to read; matching still folds with
-- fold_case(), and NOCASE needs no function that another SQLite lacks.
CREATE INDEX employees_directory ON employees (user_name COLLATE NOCASE, id);
CREATE INDEX employees_org ON employees (org_id);
