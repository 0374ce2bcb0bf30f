-- Views and materialized views with their query, and the other views of the schema each one reads (through the
-- pg_depend rows of its rewrite rule), so that they can be created in order.
SELECT c.relname,
       c.relkind = 'm',
       pg_get_viewdef(c.oid, true),
       ARRAY(SELECT DISTINCT used.relname
             FROM pg_rewrite r
             JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                             AND d.refclassid = 'pg_class'::regclass
             JOIN pg_class used ON used.oid = d.refobjid
             WHERE r.ev_class = c.oid AND used.oid <> c.oid AND used.relkind IN ('v', 'm')
               AND used.relnamespace = c.relnamespace
             ORDER BY used.relname)
FROM pg_class c
WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
  AND c.relkind IN ('v', 'm')
ORDER BY c.relname
