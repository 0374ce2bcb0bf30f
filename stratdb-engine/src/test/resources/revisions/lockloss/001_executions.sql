-- revision: 001
-- down_revision:
-- message: Count executions
-- date: 2026-12-06

-- upgrade
CREATE TABLE executions (revision text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE TABLE slow_flag (seconds integer NOT NULL);
INSERT INTO slow_flag VALUES (4);

-- downgrade
DROP TABLE slow_flag;
DROP TABLE executions;
