-- revision: 006
-- down_revision: 005
-- message: Its downgrade deletes games
-- date: 2026-12-06

-- upgrade
SELECT 1;

-- downgrade
DELETE FROM games WHERE id > 100;
