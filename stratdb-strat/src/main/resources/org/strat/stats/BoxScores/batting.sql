-- Every entry in a batting slot, whether or not he came to bat (a starter replaced before his first turn still
-- belongs in the box), and every other entry that took part on offense; counts as of the last refresh.
SELECT l.id AS lineup_id, l.team_id, l.player_id, l.card_id, l.position, l.batting_order, l.replacing_id,
       l.entered_game_at,
       coalesce(b.pa, 0) AS pa, coalesce(b.ab, 0) AS ab, coalesce(b.run, 0) AS run, coalesce(b.hit, 0) AS hit,
       coalesce(b.double, 0) AS double, coalesce(b.triple, 0) AS triple, coalesce(b.homerun, 0) AS homerun,
       coalesce(b.rbi, 0) AS rbi, coalesce(b.bb, 0) AS bb, coalesce(b.so, 0) AS so, coalesce(b.hbp, 0) AS hbp,
       coalesce(b.sac, 0) AS sac, coalesce(b.ibb, 0) AS ibb, coalesce(b.gidp, 0) AS gidp,
       coalesce(b.sb, 0) AS sb, coalesce(b.cs, 0) AS cs
FROM lineups l
LEFT JOIN batting_game_stats b ON b.game_id = l.game_id AND b.lineup_id = l.id
WHERE l.game_id = ?
  AND (l.batting_order IS NOT NULL OR b.lineup_id IS NOT NULL)
ORDER BY l.id
