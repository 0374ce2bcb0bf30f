INSERT INTO stratdb_log (revision, direction, checksum, os_user, client_host, duration_ms, note, sql)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
