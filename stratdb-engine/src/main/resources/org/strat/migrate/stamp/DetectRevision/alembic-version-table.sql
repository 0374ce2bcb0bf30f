-- The original Python backend's Alembic keeps its revision in alembic_version(version_num); returns the table's
-- name as it must be written in SQL when the table exists in the current schema, and whether the column is there.
SELECT c.oid::regclass::text,
       EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'version_num' AND NOT a.attisdropped)
FROM pg_class c
WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
  AND c.relname = 'alembic_version'
  AND c.relkind IN ('r', 'p', 'v')
