-- revision: 001
-- down_revision:
-- message: A flag that makes 002 slow while it holds a row
-- date: 2026-11-26

-- upgrade
CREATE TABLE slow_flag (seconds integer NOT NULL);
INSERT INTO slow_flag VALUES (60);

-- downgrade
DROP TABLE slow_flag;
