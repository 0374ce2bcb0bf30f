-- Client sessions of this database inside a transaction that holds a snapshot or a transaction id: a concurrent
-- index build waits, after its table scans, for every such transaction that began before it ("Building Indexes
-- Concurrently" in the CREATE INDEX documentation), whichever tables they use.
SELECT pid,
       coalesce(nullif(application_name, ''), backend_type),
       state,
       extract(epoch FROM clock_timestamp() - xact_start)::float8
FROM pg_stat_activity
WHERE datname = current_database()
  AND pid <> pg_backend_pid()
  AND backend_type = 'client backend'
  AND xact_start IS NOT NULL
  AND (backend_xmin IS NOT NULL OR backend_xid IS NOT NULL)
ORDER BY xact_start
