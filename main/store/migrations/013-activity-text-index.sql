-- The Activity search's index: the searched text of each log row (userName or group name, externalId,
-- token label, path, reason), folded by the product's one rule (preload/case-fold.ts), cut into
-- three-character pieces. A phrase of pieces finds a substring in one column, as instr() did, without
-- reading every row. Contentless (the log holds the text) with deletes, so pruned rows leave it.
-- Rows are indexed in batches (store/provisioning-log-text-index.ts), not one at a time: FTS writes a
-- segment per transaction, which made a quiet gateway's one-row append seven times dearer. Rows above
-- `indexed_through` are not indexed yet; the search reads those few with instr().
-- The log is append-only: a row's text never changes after it is indexed.
CREATE VIRTUAL TABLE provisioning_log_text USING fts5(
  user_name, external_id, actor, path, detail,
  tokenize = 'trigram case_sensitive 1', content = '', contentless_delete = 1
);

CREATE TABLE provisioning_log_text_mark (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  indexed_through INTEGER NOT NULL
);

-- The same fold as store/case-fold.ts foldedSql(): lower() for ASCII, fold_case() (registered by the
-- store before it migrates) for the rest.
INSERT INTO provisioning_log_text (rowid, user_name, external_id, actor, path, detail)
  SELECT id,
    CASE WHEN octet_length(user_name) = length(user_name) THEN lower(user_name) ELSE fold_case(user_name) END,
    CASE WHEN octet_length(external_id) = length(external_id) THEN lower(external_id) ELSE fold_case(external_id) END,
    CASE WHEN octet_length(actor) = length(actor) THEN lower(actor) ELSE fold_case(actor) END,
    CASE WHEN octet_length(path) = length(path) THEN lower(path) ELSE fold_case(path) END,
    CASE WHEN octet_length(detail) = length(detail) THEN lower(detail) ELSE fold_case(detail) END
  FROM provisioning_log ORDER BY id;
INSERT INTO provisioning_log_text_mark (id, indexed_through) VALUES (1, (SELECT coalesce(max(id), 0) FROM provisioning_log));

-- Any delete (the retention's pruning, a support engineer's shell) takes the row out of the index.
-- Ids are reused when the newest rows go (no AUTOINCREMENT), so when the row at the mark goes the mark
-- moves down to the newest row left below it: a new row always lands above the mark, never unindexed
-- below it. Needs no function a plain sqlite3 shell lacks.
CREATE TRIGGER provisioning_log_text_delete AFTER DELETE ON provisioning_log
  WHEN old.id <= (SELECT indexed_through FROM provisioning_log_text_mark WHERE id = 1)
BEGIN
  DELETE FROM provisioning_log_text WHERE rowid = old.id;
  UPDATE provisioning_log_text_mark
    SET indexed_through = (SELECT coalesce(max(id), 0) FROM provisioning_log WHERE id < old.id)
    WHERE id = 1 AND indexed_through = old.id;
END;
