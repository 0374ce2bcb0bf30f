SELECT id, revision, direction, checksum, logged_at, db_user, os_user, client_host, duration_ms, note
FROM stratdb_log
ORDER BY id
