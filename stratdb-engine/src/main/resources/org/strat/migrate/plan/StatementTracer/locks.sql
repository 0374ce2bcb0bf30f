-- The relation locks this session holds, i.e. those its transaction took so far.
SELECT l.relation::bigint, l.mode
FROM pg_locks l
WHERE l.pid = pg_backend_pid()
  AND l.locktype = 'relation'
  AND l.granted
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
