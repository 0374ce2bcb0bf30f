-- A table and every table that inherits from it or is a partition of it, at any depth: what TRUNCATE and DELETE
-- reach without ONLY.
WITH RECURSIVE family(oid) AS (
    SELECT to_regclass(?)::oid
    UNION
    SELECT i.inhrelid FROM pg_inherits i JOIN family f ON i.inhparent = f.oid
)
SELECT f.oid::regclass::text FROM family f JOIN pg_class c ON c.oid = f.oid WHERE c.relkind IN ('r', 'p')
