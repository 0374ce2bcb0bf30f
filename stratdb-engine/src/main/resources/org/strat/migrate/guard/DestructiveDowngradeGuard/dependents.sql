-- What dropping one object takes with it that holds rows: tables, and columns of tables, found by following
-- pg_depend from the object (PostgreSQL documentation 5.15, Dependency Tracking). Auto, internal, extension and
-- partition dependents go with it always; normal ones only under CASCADE (without it, the DROP fails instead).
-- Parameters: the object's type and name as pg_get_object_address takes them, and whether CASCADE was given.
WITH RECURSIVE dropped(classid, objid, objsubid) AS (
    SELECT a.classid, a.objid, a.objsubid FROM pg_get_object_address(?, ?::text[], '{}'::text[]) a
    UNION
    SELECT d.classid, d.objid, d.objsubid
    FROM pg_depend d
    JOIN dropped p ON d.refclassid = p.classid AND d.refobjid = p.objid
                  AND (p.objsubid = 0 OR d.refobjsubid = p.objsubid)
    WHERE d.deptype IN ('a', 'i', 'e', 'P', 'S') OR (d.deptype = 'n' AND ?)
)
SELECT DISTINCT c.oid::regclass::text, a.attname
FROM dropped x
JOIN pg_class c ON x.classid = 'pg_class'::regclass AND c.oid = x.objid AND c.relkind IN ('r', 'p')
LEFT JOIN pg_attribute a ON x.objsubid > 0 AND a.attrelid = c.oid AND a.attnum = x.objsubid AND NOT a.attisdropped
WHERE x.objsubid = 0 OR a.attname IS NOT NULL
