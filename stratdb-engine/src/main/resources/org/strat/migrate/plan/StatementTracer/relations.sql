-- The relations of the schema with their storage: a new relfilenode after a statement means it was rewritten
-- (a table) or rebuilt (an index). Indexes name their table, so a new index shows which table it was built on.
SELECT c.oid, c.relname, c.relkind, c.relfilenode, t.relname
FROM pg_class c
LEFT JOIN pg_index x ON x.indexrelid = c.oid
LEFT JOIN pg_class t ON t.oid = x.indrelid
WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
  AND c.relkind IN ('r', 'p', 'm', 'v', 'i', 'I', 'S', 'f')
