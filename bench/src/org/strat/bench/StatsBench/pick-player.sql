-- The sba player with the most lineup entries (a regular: the heaviest season line), lowest id on a tie, so that
-- the same seeds always pick the same man.
SELECT player_id
FROM lineups
WHERE player_id IS NOT NULL
GROUP BY player_id
ORDER BY count(*) DESC, player_id
LIMIT 1
