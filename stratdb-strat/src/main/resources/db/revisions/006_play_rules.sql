-- revision: 006_play_rules
-- down_revision: 005_season_lines
-- message: Play and roll CHECK constraints; idx_play_game_number as a UNIQUE constraint
-- date: 2026-12-06
-- transactional: false

-- upgrade

-- Decisions (issue 12):
-- * 001 is the production schema; what it no longer carries is added here, online-safe, on a database that
--   holds games: each CHECK is added NOT VALID (a moment of ACCESS EXCLUSIVE, no scan) and validated in a
--   transaction of its own (a scan under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on); the
--   unique index of idx_play_game_number becomes the constraint of that name with USING INDEX (no new index
--   build). Hence -- transactional: false: each statement commits on its own.
-- * Databases that applied 001 before it was rewritten already have every one of these constraints (001
--   then created them). Each ADD is therefore made only where the constraint is missing, in a DO block that
--   looks it up in the catalog; VALIDATE of a constraint that is already valid does nothing. Both kinds of
--   database end at the same schema.
-- * Interrupted part-way, a rerun goes on: a constraint added NOT VALID is found and only validated.
-- * Rows that break a CHECK make its VALIDATE fail and stop the upgrade at that statement, with the
--   constraint still NOT VALID (enforced for new rows); fix the rows and run the upgrade again. To find them:
--   SELECT * FROM plays WHERE NOT (outs_before BETWEEN 0 AND 2); and so on for each condition below.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'plays'::regclass AND conname = 'plays_half_check') THEN
        ALTER TABLE plays ADD CONSTRAINT plays_half_check CHECK (half IN ('top','bottom')) NOT VALID;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'plays'::regclass AND conname = 'plays_outs_before_check') THEN
        ALTER TABLE plays ADD CONSTRAINT plays_outs_before_check CHECK (outs_before BETWEEN 0 AND 2) NOT VALID;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'plays'::regclass AND conname = 'plays_outs_after_check') THEN
        ALTER TABLE plays ADD CONSTRAINT plays_outs_after_check CHECK (outs_after BETWEEN 0 AND 3) NOT VALID;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'plays'::regclass AND conname = 'plays_on_base_code_check') THEN
        ALTER TABLE plays ADD CONSTRAINT plays_on_base_code_check CHECK (on_base_code BETWEEN 0 AND 7) NOT VALID;
    END IF;
END
$$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'rolls'::regclass AND conname = 'rolls_roll_type_check') THEN
        ALTER TABLE rolls ADD CONSTRAINT rolls_roll_type_check
            CHECK (roll_type IN ('ab','jump','fielding','d20','pickoff','wild_pitch')) NOT VALID;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'rolls'::regclass AND conname = 'rolls_league_id_check') THEN
        ALTER TABLE rolls ADD CONSTRAINT rolls_league_id_check CHECK (league_id IN ('sba','pd')) NOT VALID;
    END IF;
END
$$;

ALTER TABLE plays VALIDATE CONSTRAINT plays_half_check;
ALTER TABLE plays VALIDATE CONSTRAINT plays_outs_before_check;
ALTER TABLE plays VALIDATE CONSTRAINT plays_outs_after_check;
ALTER TABLE plays VALIDATE CONSTRAINT plays_on_base_code_check;
ALTER TABLE rolls VALIDATE CONSTRAINT rolls_roll_type_check;
ALTER TABLE rolls VALIDATE CONSTRAINT rolls_league_id_check;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'plays'::regclass AND conname = 'idx_play_game_number') THEN
        ALTER TABLE plays ADD CONSTRAINT idx_play_game_number UNIQUE USING INDEX idx_play_game_number;
    END IF;
END
$$;

-- downgrade

-- Back to 001's shape: the unique rule becomes a bare unique index again, built beside the constraint first
-- (CONCURRENTLY) so that it is enforced at every moment, then the CHECKs go (dropping one loses no row).
CREATE UNIQUE INDEX CONCURRENTLY idx_play_game_number_unique ON plays (game_id, play_number);
ALTER TABLE plays DROP CONSTRAINT idx_play_game_number;
ALTER INDEX idx_play_game_number_unique RENAME TO idx_play_game_number;

ALTER TABLE rolls DROP CONSTRAINT rolls_league_id_check;
ALTER TABLE rolls DROP CONSTRAINT rolls_roll_type_check;
ALTER TABLE plays DROP CONSTRAINT plays_on_base_code_check;
ALTER TABLE plays DROP CONSTRAINT plays_outs_after_check;
ALTER TABLE plays DROP CONSTRAINT plays_outs_before_check;
ALTER TABLE plays DROP CONSTRAINT plays_half_check;
