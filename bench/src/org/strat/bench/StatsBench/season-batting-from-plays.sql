-- One player's season batting line computed from plays and lineups alone, by the rules batting_game_stats
-- follows (revision 004_stat_views): the batter collects the play's counts and his run when batter_final = 4; a
-- man on base collects only his run (that base's *_final = 4); the runner of a baserunning play collects sb and
-- cs. Written as an application would write it without the views; the planner is free to push the player
-- filter into each branch. Returns the columns of SeasonLines' batting-player.sql.
SELECT count(DISTINCT l.game_id)::integer AS games,
       coalesce(sum(a.pa), 0)::integer AS pa, coalesce(sum(a.ab), 0)::integer AS ab,
       coalesce(sum(a.run), 0)::integer AS run, coalesce(sum(a.hit), 0)::integer AS hit,
       coalesce(sum(a.double), 0)::integer AS double, coalesce(sum(a.triple), 0)::integer AS triple,
       coalesce(sum(a.homerun), 0)::integer AS homerun, coalesce(sum(a.rbi), 0)::integer AS rbi,
       coalesce(sum(a.bb), 0)::integer AS bb, coalesce(sum(a.so), 0)::integer AS so,
       coalesce(sum(a.hbp), 0)::integer AS hbp, coalesce(sum(a.sac), 0)::integer AS sac,
       coalesce(sum(a.ibb), 0)::integer AS ibb, coalesce(sum(a.gidp), 0)::integer AS gidp,
       coalesce(sum(a.sb), 0)::integer AS sb, coalesce(sum(a.cs), 0)::integer AS cs
FROM lineups l
JOIN (
    SELECT batter_id AS lineup_id, pa, ab, CASE WHEN batter_final = 4 THEN 1 ELSE 0 END AS run,
           hit, double, triple, homerun, rbi, bb, so, hbp, sac, ibb, gidp, 0 AS sb, 0 AS cs
    FROM plays WHERE batter_id IS NOT NULL
    UNION ALL
    SELECT on_first_id, 0, 0, CASE WHEN on_first_final = 4 THEN 1 ELSE 0 END, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM plays WHERE on_first_id IS NOT NULL
    UNION ALL
    SELECT on_second_id, 0, 0, CASE WHEN on_second_final = 4 THEN 1 ELSE 0 END, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM plays WHERE on_second_id IS NOT NULL
    UNION ALL
    SELECT on_third_id, 0, 0, CASE WHEN on_third_final = 4 THEN 1 ELSE 0 END, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM plays WHERE on_third_id IS NOT NULL
    UNION ALL
    SELECT runner_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, sb, cs
    FROM plays WHERE runner_id IS NOT NULL
) AS a ON a.lineup_id = l.id
WHERE l.player_id = ?
