-- The catalog reads must never queue: pg_get_viewdef (and pg_get_expr for a generated column or a partial index's
-- predicate) takes an ACCESS SHARE lock on the relation it prints, and would wait behind an ACCESS EXCLUSIVE lock
-- (a non-concurrent REFRESH, a migration). Waiting a moment is harmless; then the plan fails and says so.
SELECT set_config('lock_timeout', '3s', false)
