SELECT revision FROM stratdb_revision
