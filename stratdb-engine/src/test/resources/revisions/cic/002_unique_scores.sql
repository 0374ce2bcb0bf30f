-- revision: 002
-- down_revision: 001
-- message: Unique index on scores, concurrently
-- date: 2026-11-26
-- transactional: false

-- upgrade
CREATE UNIQUE INDEX CONCURRENTLY idx_scores_game ON scores (game);

-- downgrade
DROP INDEX CONCURRENTLY idx_scores_game;
