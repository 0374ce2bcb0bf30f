-- Databases migrated by the first release have no stratdb_progress table; readers must not create it.
SELECT to_regclass('stratdb_progress') IS NOT NULL
