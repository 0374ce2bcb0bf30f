-- Row estimate and size of each relation from pg_class alone: pg_relation_size() and pg_total_relation_size()
-- open the relation with an ACCESS SHARE lock (and wait behind anyone holding ACCESS EXCLUSIVE), which the plan
-- must not take. relpages and reltuples are as of the last VACUUM, ANALYZE or CREATE INDEX; reltuples is -1 for a
-- table never vacuumed or analyzed. The size of a table includes its TOAST table; "total" adds its indexes.
SELECT c.relname,
       c.relkind,
       CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END,
       (c.relpages::bigint + coalesce(toast.relpages, 0)) * current_setting('block_size')::bigint,
       (c.relpages::bigint + coalesce(toast.relpages, 0)
        + coalesce((SELECT sum(i.relpages) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                    WHERE x.indrelid = c.oid), 0)::bigint) * current_setting('block_size')::bigint
FROM pg_class c
LEFT JOIN pg_class toast ON toast.oid = c.reltoastrelid
WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
  AND c.relkind IN ('r', 'p', 'm', 'i', 'I', 'S', 'v', 'f')
