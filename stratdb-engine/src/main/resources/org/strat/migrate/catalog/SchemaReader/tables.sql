-- Ordinary and partitioned tables of one schema (partitions are left to their parent: they are listed as tables).
SELECT c.relname
FROM pg_class c
WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
  AND c.relkind IN ('r', 'p')
ORDER BY c.relname
