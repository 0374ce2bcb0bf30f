-- Tables of the current schema that are not a migration tool's own (stratdb_*, alembic_version).
SELECT count(*)
FROM pg_class c
WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
  AND c.relkind IN ('r', 'p')
  AND c.relname NOT LIKE 'stratdb\_%'
  AND c.relname <> 'alembic_version'
