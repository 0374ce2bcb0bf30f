-- revision: 002
-- down_revision: 001
-- message: Ten statements outside a transaction, none of which may run twice
-- date: 2026-12-06
-- transactional: false

-- upgrade
INSERT INTO soak_steps VALUES (1);
CREATE INDEX CONCURRENTLY idx_events_team ON events (team);
SELECT pg_sleep(0.3);
INSERT INTO soak_steps VALUES (4);
CREATE UNIQUE INDEX CONCURRENTLY idx_events_id ON events (id);
CREATE TABLE soak_after (id integer);
SELECT pg_sleep(0.3);
DROP INDEX CONCURRENTLY idx_events_team;
INSERT INTO soak_steps VALUES (9);
ALTER TABLE events ADD COLUMN note text;

-- downgrade
ALTER TABLE events DROP COLUMN note;
DELETE FROM soak_steps WHERE step IN (1, 4, 9);
DROP TABLE soak_after;
DROP INDEX CONCURRENTLY idx_events_id;
