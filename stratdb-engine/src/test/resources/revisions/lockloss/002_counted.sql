-- revision: 002
-- down_revision: 001
-- message: Counted, slow, outside a transaction
-- date: 2026-12-06
-- transactional: false

-- upgrade
INSERT INTO executions (revision) VALUES ('002');
SELECT pg_sleep((SELECT max(seconds) FROM slow_flag));

-- downgrade
DELETE FROM executions WHERE revision = '002';
