-- revision: 003
-- down_revision: 002
-- message: Step 3
-- date: 2026-11-26

-- upgrade
INSERT INTO executions (revision) VALUES ('003');
SELECT pg_sleep(0.2);
CREATE TABLE step_3 (id integer);

-- downgrade
DROP TABLE step_3;
DELETE FROM executions WHERE revision = '003';
