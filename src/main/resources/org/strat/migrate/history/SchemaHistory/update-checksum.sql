UPDATE stratdb_revision SET checksum = ? WHERE revision = ?
