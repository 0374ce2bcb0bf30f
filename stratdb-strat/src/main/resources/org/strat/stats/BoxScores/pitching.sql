-- One game's pitchers in the order they came in: starters (no entry play) first.
SELECT p.lineup_id, p.team_id, p.player_id, p.card_id, p.batters_faced, p.outs, p.hits, p.runs, p.earned_runs,
       p.bb, p.ibb, p.so, p.hbp, p.homeruns, p.wild_pitches, p.balks
FROM pitching_game_stats p
JOIN lineups l ON l.id = p.lineup_id
WHERE p.game_id = ?
ORDER BY l.entered_game_at NULLS FIRST, l.id
