-- revision: 003
-- down_revision: 002
-- message: Notes on results, indexed concurrently
-- date: 2026-11-26
-- transactional: false

-- upgrade
ALTER TABLE results ADD COLUMN note text;
CREATE INDEX CONCURRENTLY idx_results_note ON results (note) WHERE note IS NOT NULL;

-- downgrade
DROP INDEX CONCURRENTLY idx_results_note;
ALTER TABLE results DROP COLUMN note;
