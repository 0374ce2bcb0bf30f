-- Taken up front and all at once, so that the load never stops half-way waiting for one table, and never
-- deadlocks with a session that locks them in another order; readers and writers of these tables wait until
-- the load commits or rolls back.
LOCK TABLE games, lineups, rolls, plays, roster_links, game_cardset_links IN ACCESS EXCLUSIVE MODE
