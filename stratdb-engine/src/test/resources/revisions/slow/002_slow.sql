-- revision: 002
-- down_revision: 001
-- message: Slow while slow_flag has a row
-- date: 2026-11-26

-- upgrade
CREATE TABLE created_by_slow (id integer);
SELECT pg_sleep(coalesce((SELECT max(seconds) FROM slow_flag), 0));

-- downgrade
DROP TABLE created_by_slow;
