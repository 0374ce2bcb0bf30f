-- revision: 003
-- down_revision: 002
-- message: Index plays by game, concurrently, and refresh the view without blocking readers
-- date: 2026-12-06
-- transactional: false

-- upgrade
CREATE INDEX CONCURRENTLY plays_game ON plays (game_id);
REFRESH MATERIALIZED VIEW CONCURRENTLY game_runs;

-- downgrade
DROP INDEX CONCURRENTLY plays_game;
