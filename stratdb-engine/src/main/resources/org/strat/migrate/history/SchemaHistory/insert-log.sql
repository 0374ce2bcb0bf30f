-- Every bookkeeping change of a writing command logs a row, so the row is written only while this session still
-- holds the migration lock (the bigint key shows in pg_locks as classid, objid, objsubid 1): a command whose lock
-- was lost inserts nothing here, is told so, and rolls its transaction back.
INSERT INTO stratdb_log (revision, direction, checksum, os_user, client_host, duration_ms, note, sql)
SELECT ?, ?, ?, ?, ?, ?, ?, ?
WHERE EXISTS (SELECT FROM pg_locks l
              WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.granted AND l.objsubid = 1
                AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND ((l.classid::bigint << 32) | l.objid::bigint) = ?)
