-- revision: 002
-- down_revision: 001
-- message: Standings views
-- date: 2026-11-26

-- upgrade
CREATE VIEW team_runs AS
    SELECT t.id AS team_id, t.name, coalesce(sum(r.runs), 0) AS runs
    FROM teams t LEFT JOIN results r ON r.team_id = t.id
    GROUP BY t.id, t.name;
CREATE MATERIALIZED VIEW standings AS SELECT team_id, runs FROM team_runs;
CREATE UNIQUE INDEX idx_standings_team ON standings (team_id);

-- downgrade
DROP MATERIALIZED VIEW standings;
DROP VIEW team_runs;
