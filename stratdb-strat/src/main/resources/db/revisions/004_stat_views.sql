-- revision: 004_stat_views
-- down_revision: 001
-- message: Stat views: batting, pitching and game lines
-- date: 2026-11-26
-- transactional: true

-- upgrade

-- Decisions where schema.md (revision 004_stat_views) is silent:
-- * Each view is a GROUP BY over simple scans of plays, joined to lineups only after grouping, so the join sees
--   one row per lineup entry instead of one per play. batting_game_stats reads plays once per role (the
--   batter, the three bases, the runner of a baserunning play) through a UNION ALL: that form refreshed up to
--   5x faster than a single scan fanned out with LATERAL (VALUES ...) (performance-notes.md).
-- * The player views group by the lineup entry alone and take game_id from lineups: a lineup entry belongs to
--   one game, and an integer key keeps the hash aggregate in the default work_mem where (uuid, integer) spilled
--   to disk (at 10,000 games: 1.3 s instead of 1.9-2.4 s to refresh batting_game_stats).
-- * A man on base collects only his run (that base's *_final = 4); the runner of a baserunning play (runner_id)
--   collects only sb and cs. A steal of home is on_third_final = 4 with runner_id set, so the run is counted
--   once, from the base.
-- * sum() over integer columns is bigint in PostgreSQL; every count is cast back to integer ("sums are
--   integers"), and sums that can meet no row are coalesced to 0.
-- * The views are created WITH DATA: the upgrade leaves them readable. Building them reads plays, lineups and
--   games under ACCESS SHARE only, so games can still be recorded while the upgrade runs.
-- * Unique indexes on plain columns, with no WHERE clause, are what REFRESH MATERIALIZED VIEW CONCURRENTLY
--   requires (PostgreSQL documentation, REFRESH MATERIALIZED VIEW). The unique (game_id, lineup_id) index also
--   serves "one game's box score" (a prefix scan on game_id).
-- * The player and card look-ups ("one player's or card's season") are partial indexes: a row has exactly one
--   of player_id / card_id, so each index skips the other league's half of the rows, and a query
--   "player_id = $1" implies "player_id IS NOT NULL", which lets the planner use it.

CREATE MATERIALIZED VIEW batting_game_stats AS
SELECT l.game_id, s.lineup_id, l.team_id, l.player_id, l.card_id,
       s.pa, s.ab, s.run, s.hit, s.double, s.triple, s.homerun, s.rbi, s.bb, s.so, s.hbp, s.sac, s.ibb, s.gidp,
       s.sb, s.cs
FROM (
    SELECT lineup_id,
           sum(pa)::integer AS pa, sum(ab)::integer AS ab, sum(run)::integer AS run, sum(hit)::integer AS hit,
           sum(double)::integer AS double, sum(triple)::integer AS triple, sum(homerun)::integer AS homerun,
           sum(rbi)::integer AS rbi, sum(bb)::integer AS bb, sum(so)::integer AS so, sum(hbp)::integer AS hbp,
           sum(sac)::integer AS sac, sum(ibb)::integer AS ibb, sum(gidp)::integer AS gidp,
           sum(sb)::integer AS sb, sum(cs)::integer AS cs
    FROM (
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
    ) AS appearance
    GROUP BY lineup_id
) AS s
JOIN lineups l ON l.id = s.lineup_id
WITH DATA;

CREATE UNIQUE INDEX idx_batting_game_stats_game_lineup ON batting_game_stats (game_id, lineup_id);
CREATE INDEX idx_batting_game_stats_player ON batting_game_stats (player_id) WHERE player_id IS NOT NULL;
CREATE INDEX idx_batting_game_stats_card ON batting_game_stats (card_id) WHERE card_id IS NOT NULL;

-- Runs are charged to the pitcher of the play on which they scored: plays do not record who put a runner on
-- base, so inherited runners cannot be charged to the pitcher who allowed them (schema.md).
CREATE MATERIALIZED VIEW pitching_game_stats AS
SELECT l.game_id, s.lineup_id, l.team_id, l.player_id, l.card_id,
       s.batters_faced, s.outs, s.hits, s.runs, s.earned_runs, s.bb, s.ibb, s.so, s.hbp, s.homeruns,
       s.wild_pitches, s.balks
FROM (
    SELECT pitcher_id AS lineup_id,
           sum(pa)::integer AS batters_faced, sum(outs_recorded)::integer AS outs, sum(hit)::integer AS hits,
           sum(run)::integer AS runs, sum(e_run)::integer AS earned_runs, sum(bb)::integer AS bb,
           sum(ibb)::integer AS ibb, sum(so)::integer AS so, sum(hbp)::integer AS hbp,
           sum(homerun)::integer AS homeruns, sum(wild_pitch)::integer AS wild_pitches, sum(balk)::integer AS balks
    FROM plays
    WHERE pitcher_id IS NOT NULL
    GROUP BY pitcher_id
) AS s
JOIN lineups l ON l.id = s.lineup_id
WITH DATA;

CREATE UNIQUE INDEX idx_pitching_game_stats_game_lineup ON pitching_game_stats (game_id, lineup_id);
CREATE INDEX idx_pitching_game_stats_player ON pitching_game_stats (player_id) WHERE player_id IS NOT NULL;
CREATE INDEX idx_pitching_game_stats_card ON pitching_game_stats (card_id) WHERE card_id IS NOT NULL;

-- The away team bats in the top half and the home team fields in it, so errors in the top half are the home
-- team's. A game without plays still has its row, with zeros.
CREATE MATERIALIZED VIEW game_stats AS
SELECT g.id AS game_id,
       coalesce(p.away_runs, 0) AS away_runs, coalesce(p.away_hits, 0) AS away_hits,
       coalesce(p.home_runs, 0) AS home_runs, coalesce(p.home_hits, 0) AS home_hits,
       coalesce(p.away_errors, 0) AS away_errors, coalesce(p.home_errors, 0) AS home_errors,
       coalesce(p.plays, 0) AS plays
FROM games g
LEFT JOIN (
    SELECT game_id,
           coalesce(sum(run) FILTER (WHERE half = 'top'), 0)::integer AS away_runs,
           coalesce(sum(hit) FILTER (WHERE half = 'top'), 0)::integer AS away_hits,
           coalesce(sum(run) FILTER (WHERE half = 'bottom'), 0)::integer AS home_runs,
           coalesce(sum(hit) FILTER (WHERE half = 'bottom'), 0)::integer AS home_hits,
           coalesce(sum(error) FILTER (WHERE half = 'bottom'), 0)::integer AS away_errors,
           coalesce(sum(error) FILTER (WHERE half = 'top'), 0)::integer AS home_errors,
           count(*)::integer AS plays
    FROM plays
    GROUP BY game_id
) AS p ON p.game_id = g.id
WITH DATA;

CREATE UNIQUE INDEX idx_game_stats_game ON game_stats (game_id);

-- downgrade

-- Each view's indexes go with it. No CASCADE: anything a later revision builds on these views must stop the
-- downgrade rather than vanish with them.
DROP MATERIALIZED VIEW game_stats;
DROP MATERIALIZED VIEW pitching_game_stats;
DROP MATERIALIZED VIEW batting_game_stats;
