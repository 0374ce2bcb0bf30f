-- The table a name resolves to on this connection's search_path, written as SQL must name it; no row when the
-- name is not a table (already gone, or a view).
SELECT c.oid::regclass::text
FROM pg_class c
WHERE c.oid = to_regclass(?) AND c.relkind IN ('r', 'p')
