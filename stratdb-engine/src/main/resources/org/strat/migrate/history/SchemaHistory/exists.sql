-- The second column saves readers a round trip: stratdb_progress is asked about in the same query (databases
-- migrated by the first release have no such table).
SELECT to_regclass('stratdb_revision') IS NOT NULL, to_regclass('stratdb_progress') IS NOT NULL
