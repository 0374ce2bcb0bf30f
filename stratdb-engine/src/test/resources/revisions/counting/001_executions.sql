-- revision: 001
-- down_revision:
-- message: Count executions
-- date: 2026-11-26

-- upgrade
-- A sequence counts every execution, even one whose transaction rolled back.
CREATE SEQUENCE execution_counter;
CREATE TABLE executions (revision text NOT NULL, execution bigint NOT NULL DEFAULT nextval('execution_counter'));
INSERT INTO executions (revision) VALUES ('001');

-- downgrade
DROP TABLE executions;
DROP SEQUENCE execution_counter;
