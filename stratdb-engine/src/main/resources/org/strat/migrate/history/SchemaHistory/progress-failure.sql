UPDATE stratdb_progress SET failure = ?, updated_at = clock_timestamp() WHERE revision = ?
