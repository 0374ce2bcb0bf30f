-- Every column of the relations the models map, in one round trip. Each name is resolved the way the
-- application's own SQL resolves it: to_regclass follows search_path and understands quoted and qualified names.
-- A name that resolves to nothing, or to something that is not a table or a view (the relation kinds Hibernate's
-- validator accepts on PostgreSQL: r, p, v, m), gives one row with found = false.
-- pg_catalog rather than information_schema: the latter's views add privilege filters and many joins per column.
-- For a domain, the size comes from its base type, as the JDBC driver's getColumns reports it.
SELECT wanted.name,
       c.oid IS NOT NULL AS found,
       a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS declared_type,
       a.atttypid,
       t.typname,
       t.typtype,
       CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END AS size_type,
       CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS size_modifier
FROM unnest(?::text[]) AS wanted(name)
LEFT JOIN pg_catalog.pg_class c
       ON c.oid = pg_catalog.to_regclass(wanted.name) AND c.relkind IN ('r', 'p', 'v', 'm')
LEFT JOIN pg_catalog.pg_attribute a
       ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_type t
       ON t.oid = a.atttypid
