-- Every table of the application (not the system's, not stratdb's own, not rows saved by an earlier downgrade):
-- what is saved when a downgrade runs SQL whose effect cannot be read.
SELECT c.oid::regclass::text
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname NOT LIKE 'stratdb\_saved\_%' AND c.relname NOT LIKE 'stratdb\_%'
ORDER BY n.nspname, c.relname
