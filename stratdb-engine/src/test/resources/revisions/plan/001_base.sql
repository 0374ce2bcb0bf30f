-- revision: 001
-- down_revision:
-- message: Teams, games and plays, with a materialized view of runs per game
-- date: 2026-12-06

-- upgrade
CREATE TABLE teams (
    id integer PRIMARY KEY,
    name varchar(40) NOT NULL
);
CREATE TABLE games (
    id integer PRIMARY KEY,
    home_team_id integer NOT NULL,
    away_team_id integer NOT NULL,
    code varchar(10),
    score integer NOT NULL DEFAULT 0
);
CREATE TABLE plays (
    id serial PRIMARY KEY,
    game_id integer NOT NULL,
    runs integer NOT NULL DEFAULT 0
);
CREATE MATERIALIZED VIEW game_runs AS SELECT game_id, sum(runs) AS runs FROM plays GROUP BY game_id;
CREATE UNIQUE INDEX game_runs_game ON game_runs (game_id);

-- downgrade
DROP MATERIALIZED VIEW game_runs;
DROP TABLE plays;
DROP TABLE games;
DROP TABLE teams;
