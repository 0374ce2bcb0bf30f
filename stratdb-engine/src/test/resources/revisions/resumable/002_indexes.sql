-- revision: 002
-- down_revision: 001
-- message: Several statements outside a transaction
-- date: 2026-12-06
-- transactional: false

-- upgrade
CREATE TABLE scores_archive (game integer);
INSERT INTO scores_archive VALUES (42);
-- Built in the table's schema, side, whatever the search_path says.
CREATE UNIQUE INDEX CONCURRENTLY idx_side_events ON side.events (id);
CREATE UNIQUE INDEX CONCURRENTLY idx_scores_game ON scores (game);
INSERT INTO scores_archive VALUES (43);

-- downgrade
DROP INDEX CONCURRENTLY idx_scores_game;
DROP INDEX CONCURRENTLY side.idx_side_events;
DROP TABLE scores_archive;
