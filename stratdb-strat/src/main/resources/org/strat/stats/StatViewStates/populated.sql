-- The stat views of the current schema (the first of search_path, where the revisions create them).
SELECT matviewname, ispopulated
FROM pg_matviews
WHERE schemaname = current_schema()
  AND matviewname = ANY (?)
