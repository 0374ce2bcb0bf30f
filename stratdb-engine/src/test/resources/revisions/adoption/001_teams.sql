-- revision: 001
-- down_revision:
-- message: Teams and their results
-- date: 2026-11-26

-- upgrade
CREATE TABLE teams (
    id         serial PRIMARY KEY,
    name       text NOT NULL,
    created_at timestamptz DEFAULT now()
);
CREATE TABLE results (
    id      serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    runs    integer NOT NULL DEFAULT 0 CHECK (runs >= 0)
);
CREATE INDEX idx_results_team ON results (team_id);

-- downgrade
DROP TABLE results;
DROP TABLE teams;
