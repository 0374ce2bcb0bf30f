-- Like insert-log.sql, written only while this session holds the migration lock.
INSERT INTO stratdb_progress (revision, direction, checksum, statements_done, statements, done_checksum)
SELECT ?, ?, ?, ?, ?, ?
WHERE EXISTS (SELECT FROM pg_locks l
              WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.granted AND l.objsubid = 1
                AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND ((l.classid::bigint << 32) | l.objid::bigint) = ?)
ON CONFLICT (revision) DO UPDATE
SET statements_done = excluded.statements_done, done_checksum = excluded.done_checksum,
    checksum = excluded.checksum, statements = excluded.statements, updated_at = clock_timestamp(), failure = NULL
