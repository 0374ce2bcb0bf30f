-- Indexes of tables and materialized views, except those a primary-key, unique or exclusion constraint owns.
-- pg_get_indexdef always schema-qualifies the table, so only the part from " USING " on is kept as the definition.
SELECT t.relname,
       i.relname,
       x.indisunique,
       am.amname,
       ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) AS k ORDER BY k),
       pg_get_expr(x.indpred, x.indrelid, true),
       substring(pg_get_indexdef(x.indexrelid) FROM 'USING .*$'),
       x.indisvalid
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_am am ON am.oid = i.relam
WHERE t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
  AND t.relkind IN ('r', 'p', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                  WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY t.relname, i.relname
