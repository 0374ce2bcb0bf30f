-- revision: 002
-- down_revision: 001
-- message: Create parks
-- date: 2026-11-26

-- upgrade
CREATE TABLE parks (id integer PRIMARY KEY, team_id integer REFERENCES teams (id), name text);
INSERT INTO parks VALUES (1, NULL, 'Wrigley; the friendly confines');

-- downgrade
DROP TABLE parks;
