DELETE FROM stratdb_revision WHERE revision = ?
