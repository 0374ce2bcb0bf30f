-- revision: 001
-- down_revision:
-- message: No sections
-- date: 2026-11-26

CREATE TABLE t (id integer);
