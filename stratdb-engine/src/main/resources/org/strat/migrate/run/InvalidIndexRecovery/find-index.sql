-- The index of that name on that table, if any, and whether it is valid. PostgreSQL builds an index in its
-- table's schema, so that is where it is looked for (the table is resolved as the statement would resolve it).
SELECT n.nspname, c.relname, i.indisvalid
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname = ? AND i.indrelid = to_regclass(?)
