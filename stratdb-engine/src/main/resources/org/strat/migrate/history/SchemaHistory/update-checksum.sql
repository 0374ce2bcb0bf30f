UPDATE stratdb_revision SET checksum = ?, applied_text = ? WHERE revision = ?
