-- revision: 003
-- down_revision: 002
-- message: After the slow one
-- date: 2026-11-26

-- upgrade
CREATE TABLE after_slow (id integer);

-- downgrade
DROP TABLE after_slow;
