-- One player's batting over every game (idx_batting_game_stats_player_line, an index-only scan); one row, zeros when he never appeared.
SELECT count(DISTINCT game_id)::integer AS games,
       coalesce(sum(pa), 0)::integer AS pa, coalesce(sum(ab), 0)::integer AS ab, coalesce(sum(run), 0)::integer AS run,
       coalesce(sum(hit), 0)::integer AS hit, coalesce(sum(double), 0)::integer AS double,
       coalesce(sum(triple), 0)::integer AS triple, coalesce(sum(homerun), 0)::integer AS homerun,
       coalesce(sum(rbi), 0)::integer AS rbi, coalesce(sum(bb), 0)::integer AS bb, coalesce(sum(so), 0)::integer AS so,
       coalesce(sum(hbp), 0)::integer AS hbp, coalesce(sum(sac), 0)::integer AS sac,
       coalesce(sum(ibb), 0)::integer AS ibb, coalesce(sum(gidp), 0)::integer AS gidp,
       coalesce(sum(sb), 0)::integer AS sb, coalesce(sum(cs), 0)::integer AS cs
FROM batting_game_stats
WHERE player_id = ?
