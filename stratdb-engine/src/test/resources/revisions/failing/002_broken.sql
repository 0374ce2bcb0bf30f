-- revision: 002
-- down_revision: 001
-- message: Second statement fails
-- date: 2026-11-26

-- upgrade
CREATE TABLE first_statement_table (id integer);
INSERT INTO no_such_table VALUES (1);

-- downgrade
DROP TABLE first_statement_table;
