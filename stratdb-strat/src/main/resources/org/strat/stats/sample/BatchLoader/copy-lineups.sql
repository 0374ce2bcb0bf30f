COPY lineups (id, game_id, team_id, card_id, player_id, position, batting_order, is_starter, is_active, replacing_id,
              entered_game_at, exited_game_at)
FROM STDIN
