-- The tool's own bookkeeping, created under the migration lock on first use. The CREATE statements make the
-- tables as this release has them; the ALTER statements below bring a database of an earlier release to the same
-- shape, and do nothing on one created here (a fresh database then skips dropping and re-adding the CHECK).
-- stratdb_revision: one row per applied revision (a merge leaves several "current" rows; the current
-- revisions are the applied ones no other applied revision builds on).
-- stratdb_log: append-only, one row per upgrade, downgrade or stamp of one revision, and per accepted edit
-- of an applied revision's file (its note says why).
CREATE TABLE IF NOT EXISTS stratdb_revision (
    revision    text        PRIMARY KEY,
    checksum    text        NOT NULL,
    file_name   text        NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    applied_by  text        NOT NULL DEFAULT current_user,
    duration_ms integer     NOT NULL,
    applied_text text
);
CREATE TABLE IF NOT EXISTS stratdb_log (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision    text        NOT NULL,
    direction   text        NOT NULL CONSTRAINT stratdb_log_direction_check
                            CHECK (direction IN ('upgrade', 'downgrade', 'stamp', 'accept', 'adopt')),
    checksum    text,
    logged_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_user     text        NOT NULL DEFAULT current_user,
    os_user     text,
    client_host text,
    duration_ms integer     NOT NULL,
    note        text,
    sql         text
);
-- Added after the first release (a database migrated before has the table without it; read-only commands never
-- add it, and read it as to_jsonb(r) ->> 'applied_text').
-- applied_text: the revision file's whole text (header, upgrade and downgrade) as it was applied or accepted,
-- written in the transaction that records the revision. NULL for a revision recorded before it existed.
ALTER TABLE stratdb_revision ADD COLUMN IF NOT EXISTS applied_text text
;
-- Added for adopt (issue 12), after the first release: the SQL an adoption ran, kept with its log row; and
-- 'adopt' as a direction. Older databases get both the first time a writing command runs here.
ALTER TABLE stratdb_log ADD COLUMN IF NOT EXISTS sql text;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint
                   WHERE conrelid = 'stratdb_log'::regclass AND contype = 'c'
                     AND pg_get_constraintdef(oid) LIKE '%''adopt''%') THEN
        ALTER TABLE stratdb_log DROP CONSTRAINT IF EXISTS stratdb_log_direction_check;
        ALTER TABLE stratdb_log ADD CONSTRAINT stratdb_log_direction_check
            CHECK (direction IN ('upgrade', 'downgrade', 'stamp', 'accept', 'adopt'));
    END IF;
END
$$;
-- stratdb_progress (second release): how far an interrupted revision that runs outside a transaction got,
-- statement by statement, committed with each statement's effect where PostgreSQL allows (right after it where
-- it does not: CREATE INDEX CONCURRENTLY), so that a rerun continues after the last completed statement. A row
-- exists only while such a run is incomplete; the final bookkeeping deletes it.
-- done_checksum: of the text of the completed statements, so a rerun can tell that they are still those in the file.
CREATE TABLE IF NOT EXISTS stratdb_progress (
    revision        text        PRIMARY KEY,
    direction       text        NOT NULL CHECK (direction IN ('upgrade', 'downgrade')),
    checksum        text        NOT NULL,
    statements_done integer     NOT NULL,
    statements      integer     NOT NULL,
    done_checksum   text        NOT NULL,
    started_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_user         text        NOT NULL DEFAULT current_user,
    failure         text
)
