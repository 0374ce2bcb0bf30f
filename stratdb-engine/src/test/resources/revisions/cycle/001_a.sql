-- revision: 001
-- down_revision: 002
-- message: A
-- date: 2026-11-26

-- upgrade
SELECT 1;
-- downgrade
SELECT 1;
