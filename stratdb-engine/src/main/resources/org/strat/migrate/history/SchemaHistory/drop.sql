DROP TABLE stratdb_log, stratdb_revision, stratdb_progress
