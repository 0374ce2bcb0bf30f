DELETE FROM stratdb_progress WHERE revision = ?
