-- revision: 003
-- down_revision: 002
-- message: Index parks by team, concurrently
-- date: 2026-11-26
-- transactional: false

-- upgrade
CREATE INDEX CONCURRENTLY idx_parks_team ON parks (team_id);

-- downgrade
DROP INDEX CONCURRENTLY idx_parks_team;
