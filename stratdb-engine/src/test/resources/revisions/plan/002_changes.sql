-- revision: 002
-- down_revision: 001
-- message: One of each statement the plan must measure
-- date: 2026-12-06

-- upgrade
ALTER TABLE games ADD COLUMN note text;
ALTER TABLE games ADD COLUMN seed double precision DEFAULT random();
ALTER TABLE games ALTER COLUMN score TYPE bigint;
ALTER TABLE games ALTER COLUMN code TYPE varchar(20);
CREATE INDEX games_code ON games (code);
ALTER TABLE games ADD CONSTRAINT games_home_team FOREIGN KEY (home_team_id) REFERENCES teams (id);
ALTER TABLE games ADD CONSTRAINT games_away_team FOREIGN KEY (away_team_id) REFERENCES teams (id) NOT VALID;
ALTER TABLE games VALIDATE CONSTRAINT games_away_team;
REFRESH MATERIALIZED VIEW game_runs;

-- downgrade
ALTER TABLE games DROP CONSTRAINT games_away_team;
ALTER TABLE games DROP CONSTRAINT games_home_team;
DROP INDEX games_code;
ALTER TABLE games ALTER COLUMN code TYPE varchar(10);
ALTER TABLE games ALTER COLUMN score TYPE integer;
ALTER TABLE games DROP COLUMN seed;
ALTER TABLE games DROP COLUMN note;
