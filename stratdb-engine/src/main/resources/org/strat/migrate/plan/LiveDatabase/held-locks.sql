-- Relation locks other sessions hold right now on the schema's relations, with who holds them and since when
-- (a lock is held until its transaction ends, so the transaction's age is how long it has been held). Read from
-- pg_locks and pg_stat_activity, which lock no relation. Locks of prepared transactions have no session (pid is
-- null) and are reported with pid 0. A session without an application_name is named by its kind (autovacuum worker).
SELECT c.relname,
       l.mode,
       coalesce(l.pid, 0),
       coalesce(nullif(a.application_name, ''), a.backend_type),
       CASE WHEN l.pid IS NULL THEN 'prepared transaction' ELSE a.state END,
       extract(epoch FROM clock_timestamp() - coalesce(a.xact_start, a.query_start, a.backend_start))::float8
FROM pg_locks l
JOIN pg_class c ON c.oid = l.relation
LEFT JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'relation'
  AND l.granted
  AND l.pid IS DISTINCT FROM pg_backend_pid()
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
ORDER BY c.relname, l.pid
