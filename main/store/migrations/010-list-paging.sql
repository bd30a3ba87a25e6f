-- How many employees SCIM can see, kept by triggers, so a list's totalResults is one row read instead of
-- a count over every row (measured before: ~100 ms at 200,000 employees, on every page). `generation`
-- moves on every write to employees, in any process: a count cached for a filter is good while it holds.
-- Triggers, not the repositories, so writes that bypass them (the directory's moves, a future writer,
-- another process) keep the row true, and a rolled-back transaction rolls the row back with it.
CREATE TABLE employee_stats (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  visible INTEGER NOT NULL,
  generation INTEGER NOT NULL
);
INSERT INTO employee_stats (one, visible, generation)
  SELECT 1, count(*), 0 FROM employees WHERE scim_deleted_at IS NULL;

CREATE TRIGGER employee_stats_insert AFTER INSERT ON employees BEGIN
  UPDATE employee_stats SET visible = visible + (NEW.scim_deleted_at IS NULL), generation = generation + 1;
END;
CREATE TRIGGER employee_stats_update AFTER UPDATE ON employees BEGIN
  UPDATE employee_stats SET generation = generation + 1,
    visible = visible + (NEW.scim_deleted_at IS NULL) - (OLD.scim_deleted_at IS NULL);
END;
CREATE TRIGGER employee_stats_delete AFTER DELETE ON employees BEGIN
  UPDATE employee_stats SET visible = visible - (OLD.scim_deleted_at IS NULL), generation = generation + 1;
END;
