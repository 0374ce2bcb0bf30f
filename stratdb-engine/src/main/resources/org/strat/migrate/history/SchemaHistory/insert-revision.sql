INSERT INTO stratdb_revision (revision, checksum, file_name, duration_ms, applied_text) VALUES (?, ?, ?, ?, ?)
