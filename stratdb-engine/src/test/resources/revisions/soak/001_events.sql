-- revision: 001
-- down_revision:
-- message: Events, and a table where each step of 002 leaves its number once
-- date: 2026-12-06

-- upgrade
CREATE TABLE events (id integer NOT NULL, team integer NOT NULL);
INSERT INTO events SELECT g, g % 30 FROM generate_series(1, 50000) g;
-- A step run twice fails on this primary key: the soak's proof that nothing ran twice.
CREATE TABLE soak_steps (step integer PRIMARY KEY);

-- downgrade
DROP TABLE soak_steps;
DROP TABLE events;
