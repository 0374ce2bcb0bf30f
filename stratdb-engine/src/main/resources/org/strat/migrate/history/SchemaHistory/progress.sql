SELECT revision, direction, checksum, statements_done, statements, done_checksum, started_at, updated_at, db_user, failure
FROM stratdb_progress
ORDER BY started_at, revision
