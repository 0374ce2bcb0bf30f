-- revision: 001
-- down_revision:
-- message: Scores with a duplicate
-- date: 2026-11-26

-- upgrade
CREATE TABLE scores (game integer NOT NULL);
INSERT INTO scores VALUES (1), (2), (2);

-- downgrade
DROP TABLE scores;
