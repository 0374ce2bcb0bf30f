-- revision: 002
-- down_revision: 001
-- message: Step 2
-- date: 2026-11-26

-- upgrade
INSERT INTO executions (revision) VALUES ('002');
SELECT pg_sleep(0.2);
CREATE TABLE step_2 (id integer);

-- downgrade
DROP TABLE step_2;
DELETE FROM executions WHERE revision = '002';
