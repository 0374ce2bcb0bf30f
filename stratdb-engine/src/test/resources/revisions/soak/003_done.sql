-- revision: 003
-- down_revision: 002
-- message: A transactional revision after it
-- date: 2026-12-06

-- upgrade
INSERT INTO soak_steps VALUES (100);
SELECT pg_sleep(0.2);
CREATE TABLE soak_done (id integer);

-- downgrade
DROP TABLE soak_done;
DELETE FROM soak_steps WHERE step = 100;
