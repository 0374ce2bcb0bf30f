-- How many games are there already (the bulk load rebuilds indexes over them too), and whether this user owns
-- every table sample games are written to (only an owner may drop and re-add their indexes and foreign keys).
SELECT (SELECT count(*) FROM games) AS games,
       bool_and(pg_has_role(c.relowner, 'USAGE')) AS owns_tables
FROM pg_class c
WHERE c.oid IN ('games'::regclass, 'lineups'::regclass, 'rolls'::regclass, 'plays'::regclass,
                'roster_links'::regclass, 'game_cardset_links'::regclass)
