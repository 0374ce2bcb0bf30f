-- revision: 004
-- down_revision: 003
-- message: Step 4
-- date: 2026-11-26

-- upgrade
INSERT INTO executions (revision) VALUES ('004');
SELECT pg_sleep(0.2);
CREATE TABLE step_4 (id integer);

-- downgrade
DROP TABLE step_4;
DELETE FROM executions WHERE revision = '004';
