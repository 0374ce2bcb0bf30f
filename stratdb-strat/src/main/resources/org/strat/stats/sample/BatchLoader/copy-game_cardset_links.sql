COPY game_cardset_links (game_id, cardset_id, priority)
FROM STDIN
