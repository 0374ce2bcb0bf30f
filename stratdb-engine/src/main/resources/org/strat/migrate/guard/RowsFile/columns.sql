-- A saved table's columns, in order, each with the type its copy gets: the type itself when it is built in, else
-- text (a type of the application's, such as an enum, may be what the downgrade drops). Also the table's own name
-- and schema, to name the copy.
SELECT a.attname,
       CASE WHEN t.typnamespace = 'pg_catalog'::regnamespace THEN format_type(a.atttypid, a.atttypmod) ELSE 'text' END,
       c.relname, n.nspname
FROM pg_attribute a
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum
