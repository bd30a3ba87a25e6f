-- The Activity filters and the log's retention.
-- `operation` is decided when a row is written (preload/activity-operations.ts: operationOf); rows
-- logged before this migration get the same answer from their method, status and changes here.
ALTER TABLE provisioning_log ADD COLUMN operation TEXT NOT NULL DEFAULT 'read'
  CHECK (operation IN ('create', 'update', 'deactivate', 'delete', 'read', 'refused'));
UPDATE provisioning_log SET operation = CASE
    WHEN status IN (401, 403, 429) THEN 'refused'
    WHEN upper(method) = 'POST' THEN 'create'
    WHEN upper(method) IN ('PUT', 'PATCH') THEN
      CASE WHEN changes IS NOT NULL AND json_type(changes, '$.status.new') = 'false' THEN 'deactivate' ELSE 'update' END
    WHEN upper(method) = 'DELETE' THEN 'delete'
    ELSE 'read'
  END;
-- Newest first within one operation or one resource type: a page of a rare kind (deletes, groups)
-- reads its own rows only, however many others the log holds. The date range needs no index (rows are
-- appended in time order: a binary search over ids finds its ends), nor do failures (migration 003).
CREATE INDEX provisioning_log_operation ON provisioning_log (operation, id);
CREATE INDEX provisioning_log_resource_type ON provisioning_log (resource_type, id);

-- How many days log rows are kept (one row). Pruned in the background in small batches.
CREATE TABLE log_retention (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650),
  updated_at TEXT,
  updated_by TEXT
);
INSERT INTO log_retention (id, days) VALUES (1, 90);
