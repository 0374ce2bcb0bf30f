COPY games (id, league_id, home_team_id, away_team_id, home_user_id, away_user_id, current_inning, current_half,
            home_score, away_score, status, allow_spectators, created_at, updated_at)
FROM STDIN
