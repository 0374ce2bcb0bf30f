COPY rolls (roll_id, game_id, roll_type, league_id, team_id, player_id, roll_data, rolled_at)
FROM STDIN
