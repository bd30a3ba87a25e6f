-- The directory search's walk in page order (store/employee-directory-repository.ts) tested four prefix
-- ranges on each index entry it read; one instr() on one text of all four folded keys costs about a
-- third less per entry (measured at 100,000 employees: 42-50 µs against 68 µs for a page of a common
-- first name). Each key is preceded by 'A': foldCase lowers every A-Z, so no key holds an upper-case
-- letter, and instr(search_text, 'A' || term) is "some key starts with term", exactly. A virtual
-- column (computed from the key columns, never written on its own, so it cannot fall out of step),
-- stored in the directory index that replaces 008's, which carried the four keys.
ALTER TABLE employees ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
  'A' || ifnull(user_name_key, '') || 'A' || ifnull(first_name_key, '') || 'A' || ifnull(last_name_key, '') || 'A' || ifnull(email_key, '')
) VIRTUAL;
DROP INDEX employees_directory;
CREATE INDEX employees_directory ON employees (user_name COLLATE NOCASE, id, search_text, org_id, source);
