-- revision: 002b
-- down_revision: 001
-- message: Branch b
-- date: 2026-11-26

-- upgrade
CREATE TABLE branch_b (id integer);

-- downgrade
DROP TABLE branch_b;
