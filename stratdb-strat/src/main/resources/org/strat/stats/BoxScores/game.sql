-- The game, and its totals as of the last refresh (in_views is false when the refresh came before the game).
SELECT g.league_id, g.status, g.away_team_id, g.home_team_id,
       s.game_id IS NOT NULL AS in_views,
       coalesce(s.away_runs, 0) AS away_runs, coalesce(s.away_hits, 0) AS away_hits,
       coalesce(s.away_errors, 0) AS away_errors,
       coalesce(s.home_runs, 0) AS home_runs, coalesce(s.home_hits, 0) AS home_hits,
       coalesce(s.home_errors, 0) AS home_errors, coalesce(s.plays, 0) AS plays
FROM games g
LEFT JOIN game_stats s ON s.game_id = g.id
WHERE g.id = ?
