-- revision: 001
-- down_revision:
-- message: Create teams and players
-- date: 2026-12-01

-- upgrade

CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE players (id integer PRIMARY KEY, team_id integer REFERENCES teams (id), name text);
CREATE INDEX idx_players_team ON players (team_id);

-- downgrade

DROP TABLE players;
DROP TABLE teams;
