-- revision: 004
-- down_revision: 003
-- message: Notes, dropped by dynamic SQL
-- date: 2026-12-06

-- upgrade
CREATE TABLE notes (id integer, body text);

-- downgrade
DO $$
BEGIN
    EXECUTE 'DROP TABLE ' || quote_ident('notes');
END
$$;
