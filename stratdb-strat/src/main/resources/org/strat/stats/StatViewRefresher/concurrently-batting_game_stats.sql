-- Needs the unique index of revision 004_stat_views and a populated view; cannot run in a transaction block.
REFRESH MATERIALIZED VIEW CONCURRENTLY batting_game_stats
