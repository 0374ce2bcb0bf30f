SELECT NOT EXISTS (SELECT 1 FROM stratdb_revision) AND NOT EXISTS (SELECT 1 FROM stratdb_log)
   AND NOT EXISTS (SELECT 1 FROM stratdb_progress)
