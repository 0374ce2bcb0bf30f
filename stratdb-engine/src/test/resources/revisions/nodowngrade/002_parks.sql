-- revision: 002
-- down_revision: 001
-- message: Create parks
-- date: 2026-11-26

-- upgrade
CREATE TABLE parks (id integer PRIMARY KEY);

-- downgrade
DROP TABLE parks;
