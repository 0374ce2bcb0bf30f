-- Runs per half-inning of one game for the line score (idx_play_game_number), up to the last play the stat views
-- had counted at their refresh (plays are numbered from 1 in each game).
SELECT inning, half, sum(run)::integer AS runs
FROM plays
WHERE game_id = ?
  AND play_number <= ?
GROUP BY inning, half
