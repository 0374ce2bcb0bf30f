-- revision: 001
-- down_revision:
-- message: Teams and games
-- date: 2026-12-06

-- upgrade
CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE games (id integer PRIMARY KEY, home integer REFERENCES teams (id), note text);

-- downgrade
DROP TABLE games;
DROP TABLE teams;
