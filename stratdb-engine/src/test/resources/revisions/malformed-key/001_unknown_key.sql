-- revision: 001
-- down_revision:
-- message: Unknown key
-- date: 2026-11-26
-- author: someone

-- upgrade
CREATE TABLE t (id integer);
-- downgrade
DROP TABLE t;
