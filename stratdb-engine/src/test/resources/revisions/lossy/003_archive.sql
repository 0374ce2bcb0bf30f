-- revision: 003
-- down_revision: 002
-- message: An archive schema, with a child table elsewhere
-- date: 2026-12-06

-- upgrade
CREATE SCHEMA archive;
CREATE TABLE archive.old_games (id integer, "Note" text);
CREATE TABLE old_games_2025 () INHERITS (archive.old_games);

-- downgrade
DROP SCHEMA archive CASCADE;
