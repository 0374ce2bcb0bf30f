-- Primary key, unique, check, foreign key and exclusion constraints. NOT NULL is read with the column (PostgreSQL
-- 18 also lists it here as contype 'n'); constraint triggers ('t') are not schema shape.
SELECT c.relname,
       con.conname,
       con.contype,
       pg_get_constraintdef(con.oid),
       ARRAY(SELECT a.attname
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.position),
       ref.relname,
       ARRAY(SELECT a.attname
             FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
             ORDER BY k.position),
       con.confdeltype,
       con.confupdtype
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
LEFT JOIN pg_class ref ON ref.oid = con.confrelid
WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
  AND con.contype IN ('p', 'u', 'c', 'f', 'x')
ORDER BY c.relname, con.conname
