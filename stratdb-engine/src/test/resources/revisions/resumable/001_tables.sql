-- revision: 001
-- down_revision:
-- message: Tables with duplicates, one in a schema of its own
-- date: 2026-12-06

-- upgrade
CREATE TABLE scores (game integer NOT NULL);
INSERT INTO scores VALUES (1), (2), (2);
CREATE SCHEMA side;
CREATE TABLE side.events (id integer NOT NULL);
INSERT INTO side.events VALUES (1), (1);

-- downgrade
DROP TABLE side.events;
DROP SCHEMA side;
DROP TABLE scores;
