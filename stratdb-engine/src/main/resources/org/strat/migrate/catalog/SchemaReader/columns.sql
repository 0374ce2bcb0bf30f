-- Columns in table order. A generated column keeps its expression in pg_attrdef like a default does; the two are
-- told apart by attgenerated. The collation is named only where it is not the type's own. A default cannot refer to
-- a column, so it is printed without naming its table (relid 0): pg_get_expr with a table opens it with an ACCESS
-- SHARE lock, which would make reading the schema wait behind anyone holding ACCESS EXCLUSIVE on it (issue 17).
-- A generated column's expression names columns, so it still needs its table.
SELECT c.relname,
       a.attname,
       format_type(a.atttypid, a.atttypmod),
       a.attnotnull,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, 0) END,
       CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END,
       CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN quote_ident(co.collname) END
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
  AND c.relkind IN ('r', 'p')
ORDER BY c.relname, a.attnum
