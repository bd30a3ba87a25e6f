-- The connection test's shared secret (main/connection-test, gateway/http/probe-answer.ts): the console
-- proves a probe is its own with it and the gateway answers with a proof only this installation can
-- make. Random per installation; the first run's seed writes it for a new database.
ALTER TABLE installation ADD COLUMN probe_key BLOB;
UPDATE installation SET probe_key = randomblob(32) WHERE probe_key IS NULL;
