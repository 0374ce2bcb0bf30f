-- The tables sample games are written to (revision 001) that do not exist.
SELECT name
FROM unnest(ARRAY['games', 'lineups', 'rolls', 'plays', 'roster_links', 'game_cardset_links']) AS name
WHERE to_regclass(name) IS NULL
