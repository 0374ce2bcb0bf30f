-- What the catalog fallback does not write, counted in the current schema so that its header can say so:
-- routines, triggers, types of their own (enum, domain, range, composite), and extensions.
SELECT (SELECT count(*) FROM pg_proc p
        WHERE p.pronamespace = n.oid
          AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid
                                                     AND e.deptype IN ('e', 'i'))),
       (SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = n.oid AND NOT t.tgisinternal),
       (SELECT count(*) FROM pg_type t
        WHERE t.typnamespace = n.oid
          AND (t.typtype IN ('e', 'd', 'r')
               OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
          AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid
                                                     AND e.deptype = 'e')),
       (SELECT count(*) FROM pg_extension x WHERE x.extnamespace = n.oid),
       current_database()
FROM pg_namespace n
WHERE n.nspname = current_schema()
