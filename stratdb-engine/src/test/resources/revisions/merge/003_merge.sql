-- revision: 003
-- down_revision: 002a, 002b
-- message: Merge branches a and b
-- date: 2026-11-26

-- upgrade
CREATE TABLE after_merge (id integer);

-- downgrade
DROP TABLE after_merge;
