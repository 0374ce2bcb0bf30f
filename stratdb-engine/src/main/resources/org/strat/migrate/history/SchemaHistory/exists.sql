SELECT to_regclass('stratdb_revision') IS NOT NULL
