-- revision: 002
-- down_revision: 001
-- message: B
-- date: 2026-11-26

-- upgrade
SELECT 1;
-- downgrade
SELECT 1;
