-- Who holds the migration lock: the bigint key shows in pg_locks as classid (high half), objid (low half), objsubid 1.
SELECT a.pid, coalesce(a.client_hostname, host(a.client_addr), 'local socket'), a.application_name, a.backend_start
FROM pg_locks l
JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND ((l.classid::bigint << 32) | l.objid::bigint) = ?
LIMIT 1
