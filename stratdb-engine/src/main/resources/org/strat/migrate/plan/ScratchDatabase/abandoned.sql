-- Scratch databases of this user that no session uses and whose name says they were made over an hour ago: left
-- by a plan that was killed before it could drop its own. A plan's own is in use for as long as it exists.
SELECT d.datname
FROM pg_database d
WHERE d.datname ~ '^stratdb_plan_[0-9]+_[0-9a-f]+$'
  AND pg_get_userbyid(d.datdba) = current_user
  AND split_part(d.datname, '_', 3)::bigint < extract(epoch FROM now()) - 3600
  AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)
