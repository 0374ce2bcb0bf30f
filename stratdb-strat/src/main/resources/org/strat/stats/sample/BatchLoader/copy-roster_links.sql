COPY roster_links (game_id, team_id, card_id, player_id, created_at)
FROM STDIN
