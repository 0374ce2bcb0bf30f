-- applied_text through to_jsonb: a database migrated before that column existed has no such column, and
-- read-only commands must still read it (a missing key is NULL).
SELECT revision, checksum, file_name, applied_at, applied_by, duration_ms, to_jsonb(r) ->> 'applied_text'
FROM stratdb_revision r
ORDER BY applied_at, revision
