COPY plays (game_id, play_number, inning, half, outs_before, outs_after, batting_order, away_score, home_score,
            on_base_code, batter_id, pitcher_id, catcher_id, defender_id, runner_id, on_first_id, on_second_id,
            on_third_id, on_first_final, on_second_final, on_third_final, batter_final, roll_id, outcome,
            hit_location, pa, ab, hit, run, e_run, rbi, double, triple, homerun, bb, so, hbp, sac, ibb, gidp, sb, cs,
            outs_recorded, wild_pitch, balk, error, is_go_ahead, is_tied, complete, created_at)
FROM STDIN
