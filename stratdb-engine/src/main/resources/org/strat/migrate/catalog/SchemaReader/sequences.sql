-- Sequences with the column that owns them (the pg_depend link a serial column creates, deptype 'a').
-- Identity columns' sequences (deptype 'i') are part of their column and left out.
SELECT s.relname,
       format_type(q.seqtypid, NULL),
       q.seqstart,
       q.seqincrement,
       q.seqmin,
       q.seqmax,
       q.seqcache,
       q.seqcycle,
       owner.relname,
       a.attname
FROM pg_class s
JOIN pg_sequence q ON q.seqrelid = s.oid
LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = s.oid
     AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_class owner ON owner.oid = dep.refobjid
LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
WHERE s.relkind = 'S'
  AND s.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
  AND dep.deptype IS DISTINCT FROM 'i'
ORDER BY s.relname
