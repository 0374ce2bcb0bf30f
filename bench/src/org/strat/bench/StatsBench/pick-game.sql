-- A game the views have counted, the same one for the same seeds.
SELECT game_id
FROM game_stats
ORDER BY game_id
LIMIT 1
