-- A stamped revision is recorded as applied, as an upgrade would record it; its duration is the stamp's, zero.
INSERT INTO stratdb_revision (revision, checksum, file_name, duration_ms) VALUES (?, ?, ?, 0)
