-- The foreign keys and plain indexes of the tables sample games are written to, as statements that drop them
-- and that create them again exactly (pg_get_constraintdef and pg_get_indexdef print them the way pg_dump
-- does, NOT VALID and all), in the order to run them: foreign keys dropped first and added back last.
--
-- Primary keys and unique constraints stay: foreign keys from other tables (game_sessions -> games) and views
-- may depend on them, and they keep a duplicate from being written at all. Left in place too, because these
-- statements would not bring them back as they were: anything with a comment, an index that is clustered, the
-- replica identity, invalid, in a tablespace of its own, with a statistics target, or that something depends
-- on; constraints and indexes that come from a parent table.
WITH loaded(name) AS (
    VALUES ('games'), ('lineups'), ('rolls'), ('plays'), ('roster_links'), ('game_cardset_links')
), tables AS (
    SELECT c.oid FROM loaded JOIN pg_class c ON c.oid = to_regclass(loaded.name) WHERE c.relkind = 'r'
)
SELECT 'foreign key' AS kind,
       con.conrelid::regclass || '.' || quote_ident(con.conname) AS name,
       format('ALTER TABLE %s DROP CONSTRAINT %I', con.conrelid::regclass, con.conname) AS drop_statement,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', con.conrelid::regclass, con.conname,
              pg_get_constraintdef(con.oid)) AS create_statement,
       1 AS drop_order
FROM pg_constraint con
WHERE con.conrelid IN (SELECT oid FROM tables)
  AND con.contype = 'f'
  AND con.conparentid = 0 AND con.coninhcount = 0
  AND obj_description(con.oid, 'pg_constraint') IS NULL
UNION ALL
SELECT 'index',
       x.indexrelid::regclass::text,
       format('DROP INDEX %s', x.indexrelid::regclass),
       pg_get_indexdef(x.indexrelid),
       2
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
WHERE x.indrelid IN (SELECT oid FROM tables)
  AND x.indisvalid AND x.indisready AND x.indislive AND NOT x.indisclustered AND NOT x.indisreplident
  AND i.reltablespace = 0
  AND obj_description(x.indexrelid, 'pg_class') IS NULL
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid = x.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_inherits inh WHERE inh.inhrelid = x.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                  WHERE a.attrelid = x.indexrelid AND a.attstattarget IS NOT NULL AND a.attstattarget <> -1)
ORDER BY drop_order, name
