-- The directory search's index of key prefixes, kept off the create path. A search of three characters
-- or more (a name as typed) read its page by walking employees_directory (014) and testing every entry;
-- this table lists each employee under the first three characters of each folded key, in page order,
-- so such a search reads its page's entries and nothing else (store/directory-search-index.ts; decisions
-- 0021 and 0023 have the figures). Shorter searches match densely and keep the walk.
-- Writing the prefixes in the create itself cost the identity provider's first sync three quarters
-- more time (measured: 67 against 38 s for 100,000 users): three inserts at random places in a B-tree.
-- So triggers only append the employee to a queue (an append at the end, in any process, including a
-- sqlite3 shell), and the process that wrote employees, or that searched and found the queue not empty,
-- moves the queue into the table once nothing was queued for a while. While the queue holds anything,
-- the table may be behind and no search reads it. Entries name their employee by rowid (a join by id
-- costs a second lookup per row); the store checks at open that they still do (directory-search-index.ts).
-- A queued entry carries what the table holds for the employee before the change (its prefixes,
-- userName and id; none for a create), so the indexer takes those entries out by the table's key: an
-- index by employee would have doubled the table's size (26 MB more at 100,000 employees).
-- Nothing in the product deletes employees, but a delete is queued too, so its prefixes leave.
CREATE TABLE directory_search_prefixes (
  prefix TEXT NOT NULL,
  page_user_name TEXT NOT NULL COLLATE NOCASE,
  page_id TEXT NOT NULL,
  employee_rowid INTEGER NOT NULL,
  PRIMARY KEY (prefix, page_user_name, page_id)
) WITHOUT ROWID;

CREATE TABLE directory_search_queue (
  seq INTEGER PRIMARY KEY,
  employee_rowid INTEGER NOT NULL,
  old_id TEXT,
  old_user_name TEXT,
  old_user_name_prefix TEXT,
  old_first_name_prefix TEXT,
  old_last_name_prefix TEXT,
  old_email_prefix TEXT
);

-- Unconditional, so a statement's row changes are a fixed number (store/change-stamp.ts counts them):
-- an UPDATE naming any of these columns queues the row, changed or not. The updates that keep names
-- and email (an edit of the city, a move, the history link) do not name them.
CREATE TRIGGER directory_search_queue_insert AFTER INSERT ON employees BEGIN
  INSERT INTO directory_search_queue (employee_rowid) VALUES (NEW.rowid);
END;
CREATE TRIGGER directory_search_queue_update
  AFTER UPDATE OF user_name, user_name_key, first_name_key, last_name_key, email_key ON employees BEGIN
  INSERT INTO directory_search_queue (employee_rowid, old_id, old_user_name,
    old_user_name_prefix, old_first_name_prefix, old_last_name_prefix, old_email_prefix)
  VALUES (NEW.rowid, OLD.id, OLD.user_name, substr(OLD.user_name_key, 1, 3), substr(OLD.first_name_key, 1, 3),
    substr(OLD.last_name_key, 1, 3), substr(OLD.email_key, 1, 3));
END;
CREATE TRIGGER directory_search_queue_delete AFTER DELETE ON employees BEGIN
  INSERT INTO directory_search_queue (employee_rowid, old_id, old_user_name,
    old_user_name_prefix, old_first_name_prefix, old_last_name_prefix, old_email_prefix)
  VALUES (OLD.rowid, OLD.id, OLD.user_name, substr(OLD.user_name_key, 1, 3), substr(OLD.first_name_key, 1, 3),
    substr(OLD.last_name_key, 1, 3), substr(OLD.email_key, 1, 3));
END;

-- The employees already there are indexed when idle, like every later one.
INSERT INTO directory_search_queue (employee_rowid) SELECT rowid FROM employees ORDER BY rowid;
