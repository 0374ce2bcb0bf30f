-- revision: 005
-- down_revision: 004
-- message: A weather type and a column of it
-- date: 2026-12-06

-- upgrade
CREATE TYPE weather AS ENUM ('sun', 'rain');
ALTER TABLE games ADD COLUMN weather weather;

-- downgrade
DROP TYPE weather CASCADE;
