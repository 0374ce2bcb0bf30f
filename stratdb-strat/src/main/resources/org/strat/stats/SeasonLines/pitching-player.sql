-- One player's pitching over every game (idx_pitching_game_stats_player_line, an index-only scan); one row, zeros when he never pitched.
SELECT count(DISTINCT game_id)::integer AS games,
       coalesce(sum(batters_faced), 0)::integer AS batters_faced, coalesce(sum(outs), 0)::integer AS outs,
       coalesce(sum(hits), 0)::integer AS hits, coalesce(sum(runs), 0)::integer AS runs,
       coalesce(sum(earned_runs), 0)::integer AS earned_runs, coalesce(sum(bb), 0)::integer AS bb,
       coalesce(sum(ibb), 0)::integer AS ibb, coalesce(sum(so), 0)::integer AS so,
       coalesce(sum(hbp), 0)::integer AS hbp, coalesce(sum(homeruns), 0)::integer AS homeruns,
       coalesce(sum(wild_pitches), 0)::integer AS wild_pitches, coalesce(sum(balks), 0)::integer AS balks
FROM pitching_game_stats
WHERE player_id = ?
