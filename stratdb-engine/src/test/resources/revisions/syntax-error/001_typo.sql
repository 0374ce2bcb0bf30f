-- revision: 001
-- down_revision:
-- message: A typo
-- date: 2026-11-26

-- upgrade
CREATE TABEL teams (id integer);

-- downgrade
DROP TABLE teams;
