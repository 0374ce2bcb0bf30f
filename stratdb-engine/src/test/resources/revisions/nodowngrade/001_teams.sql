-- revision: 001
-- down_revision:
-- message: Create teams, irreversibly
-- date: 2026-11-26

-- upgrade
CREATE TABLE teams (id integer PRIMARY KEY);

-- downgrade
