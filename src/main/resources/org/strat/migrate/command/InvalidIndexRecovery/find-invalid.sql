-- An index of that name that a failed or killed CREATE INDEX CONCURRENTLY left INVALID (pg_index.indisvalid).
SELECT n.nspname, c.relname
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname = ? AND n.nspname = coalesce(?, current_schema()) AND NOT i.indisvalid
