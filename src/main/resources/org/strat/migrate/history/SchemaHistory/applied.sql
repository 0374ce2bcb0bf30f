SELECT revision, checksum, file_name, applied_at, applied_by, duration_ms
FROM stratdb_revision
ORDER BY applied_at, revision
