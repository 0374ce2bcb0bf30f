-- revision: 002
-- down_revision: 001
-- message: Its downgrade empties teams, and games with it
-- date: 2026-12-06

-- upgrade
SELECT 1;

-- downgrade
TRUNCATE teams CASCADE;
