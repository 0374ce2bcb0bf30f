-- revision: 002a
-- down_revision: 001
-- message: Branch a
-- date: 2026-11-26

-- upgrade
CREATE TABLE branch_a (id integer);

-- downgrade
DROP TABLE branch_a;
