-- revision: 002
-- down_revision: 001
-- message: Index players by name, add tokens, rename team names
-- date: 2026-12-01
-- lint-ok rename-column: no application release reads teams.name any more (since 2.4)

-- upgrade

-- lint-ok create-index-not-concurrently: players holds a few hundred rows; the build takes milliseconds
CREATE INDEX idx_players_name ON players (name);

-- lint-ok add-column-volatile-default: players holds a few hundred rows; the rewrite takes milliseconds
ALTER TABLE players ADD COLUMN token uuid DEFAULT gen_random_uuid();

ALTER TABLE teams RENAME COLUMN name TO full_name;

-- downgrade

ALTER TABLE teams RENAME COLUMN full_name TO name;
ALTER TABLE players DROP COLUMN token;
DROP INDEX idx_players_name;
