-- revision: 001
-- down_revision:
-- message: Create teams
-- date: 2026-11-26

-- upgrade
CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL);

-- downgrade
DROP TABLE teams;
