-- revision: 001
-- down_revision:
-- message: Initial schema
-- date: 2026-11-26
-- transactional: true
-- earlier_checksums: ac13b7c83e2ebc38b1b404dce5701c1b296eac90a74c96ffe25b169e5b881a9b

-- upgrade

-- 001 is the production schema (issue 12): what the Python backend's create_all() built and what
-- shared/design/schema.md asks of revision 001, so that `stratdb adopt` can make a production database
-- identical to it with online steps only, and nothing more.
-- * What schema.md does not ask of 001 moved to 006_play_rules, which applies it online-safe: the CHECK
--   constraints on plays (half, outs_before, outs_after, on_base_code) and rolls (roll_type, league_id), and
--   the UNIQUE constraint form of idx_play_game_number, which schema.md lists as a unique index and is a
--   unique index here.
-- * The CHECKs schema.md does ask for stay: games' allowed values ("CHECK constraints welcome") and "exactly
--   one of card_id / player_id" on lineups and roster_links.
-- * Databases that applied this file before that change (its text then had checksum ac13b7c8..., kept in
--   the header as earlier_checksums) are accepted as they are, with no manual step: their schema has the
--   constraints 006 adds, and 006 adds each one only where it is missing, so both kinds of database reach
--   the same schema at head. Their stratdb_revision row keeps the checksum they applied.
--
-- Decisions where docs/schema.md (revision 001) is silent:
-- * Every constraint is named explicitly, with the name PostgreSQL would choose
--   by default (<table>_pkey, <table>_<column>_fkey, <table>_<column>_check),
--   so that the names do not depend on how the statement was written and the
--   models, `check` and later revisions can refer to them.
-- * gen_random_uuid() is built into PostgreSQL since 13: no pgcrypto extension.
-- * Foreign keys without a rule in the spec are left at NO ACTION, not RESTRICT:
--   NO ACTION is checked at the end of the statement, so deleting a game, which
--   cascades to both lineups and plays, succeeds although plays and
--   lineups.replacing_id point at lineups. ON UPDATE is NO ACTION everywhere:
--   keys are never updated.
-- * Foreign keys are neither DEFERRABLE nor NOT VALID.
-- * updated_at columns have no trigger: the application sets them, as it does
--   every other column of the row.
-- * The column names that are SQL keywords (lineups.position, plays.double,
--   plays.locked) are non-reserved in PostgreSQL and work unquoted as column
--   names (PostgreSQL documentation, appendix C "SQL Key Words"); they are left
--   unquoted, like every other identifier here.
-- * idx_play_game and idx_lineup_game duplicate the leading column of
--   idx_play_game_number and idx_lineup_game_team; they are kept because the
--   spec names them.

CREATE TABLE games (
    id               uuid         NOT NULL DEFAULT gen_random_uuid(),
    league_id        varchar(10)  NOT NULL,
    home_team_id     integer      NOT NULL,
    away_team_id     integer      NOT NULL,
    home_user_id     integer,
    away_user_id     integer,
    current_inning   integer      DEFAULT 1,
    current_half     varchar(10)  DEFAULT 'top',
    home_score       integer      DEFAULT 0,
    away_score       integer      DEFAULT 0,
    status           varchar(20)  DEFAULT 'pending',
    allow_spectators boolean      DEFAULT true,
    created_at       timestamptz  DEFAULT now(),
    updated_at       timestamptz  DEFAULT now(),
    CONSTRAINT games_pkey PRIMARY KEY (id),
    CONSTRAINT games_status_check CHECK (status IN ('pending','active','paused','completed','abandoned')),
    CONSTRAINT games_current_half_check CHECK (current_half IN ('top','bottom')),
    CONSTRAINT games_league_id_check CHECK (league_id IN ('sba','pd'))
);
CREATE INDEX idx_game_status ON games (status);
CREATE INDEX idx_game_league ON games (league_id);

CREATE TABLE lineups (
    id              serial,
    game_id         uuid         NOT NULL,
    team_id         integer      NOT NULL,
    card_id         integer,
    player_id       integer,
    position        varchar(5)   NOT NULL,
    batting_order   integer,
    is_starter      boolean      DEFAULT true,
    is_active       boolean      DEFAULT true,
    replacing_id    integer,
    entered_game_at integer,
    exited_game_at  integer,
    CONSTRAINT lineups_pkey PRIMARY KEY (id),
    CONSTRAINT lineups_game_id_fkey FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE,
    CONSTRAINT lineups_replacing_id_fkey FOREIGN KEY (replacing_id) REFERENCES lineups (id),
    CONSTRAINT lineups_card_or_player_check CHECK (num_nonnulls(card_id, player_id) = 1)
);
CREATE INDEX idx_lineup_game ON lineups (game_id);
CREATE INDEX idx_lineup_game_team ON lineups (game_id, team_id);
CREATE INDEX idx_lineup_replacing ON lineups (replacing_id);

CREATE TABLE rolls (
    roll_id   varchar(50)  NOT NULL,
    game_id   uuid         NOT NULL,
    roll_type varchar(20)  NOT NULL,
    league_id varchar(10)  NOT NULL,
    team_id   integer,
    player_id integer,
    roll_data jsonb        NOT NULL,
    context   jsonb,
    rolled_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT rolls_pkey PRIMARY KEY (roll_id),
    CONSTRAINT rolls_game_id_fkey FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE
);
CREATE INDEX idx_roll_game ON rolls (game_id);
CREATE INDEX idx_roll_type ON rolls (roll_type);
CREATE INDEX idx_roll_league ON rolls (league_id);
CREATE INDEX idx_roll_team ON rolls (team_id);
CREATE INDEX idx_roll_player ON rolls (player_id);

-- The lineup references carry no ON DELETE rule: a lineup entry that still has
-- plays may not be deleted on its own; whole games go through ON DELETE CASCADE.
-- idx_play_game_number (one play per number and game) is a unique index, as the
-- spec lists it and as production has it; 006_play_rules turns it into the UNIQUE
-- constraint of that name that the models declare (@Index(unique = true), which
-- Hibernate exports as a constraint), with ADD CONSTRAINT ... USING INDEX.
CREATE TABLE plays (
    id              serial,
    game_id         uuid         NOT NULL,
    play_number     integer      NOT NULL,
    inning          integer      NOT NULL,
    half            varchar(10)  NOT NULL,
    outs_before     integer      NOT NULL,
    outs_after      integer      NOT NULL,
    batting_order   integer,
    away_score      integer      NOT NULL DEFAULT 0,
    home_score      integer      NOT NULL DEFAULT 0,
    on_base_code    integer      NOT NULL DEFAULT 0,
    batter_id       integer,
    pitcher_id      integer,
    catcher_id      integer,
    defender_id     integer,
    runner_id       integer,
    on_first_id     integer,
    on_second_id    integer,
    on_third_id     integer,
    on_first_final  integer,
    on_second_final integer,
    on_third_final  integer,
    batter_final    integer,
    roll_id         varchar(50),
    outcome         varchar(50)  NOT NULL,
    hit_location    varchar(5),
    description     text,
    pa              integer      NOT NULL DEFAULT 0,
    ab              integer      NOT NULL DEFAULT 0,
    hit             integer      NOT NULL DEFAULT 0,
    run             integer      NOT NULL DEFAULT 0,
    e_run           integer      NOT NULL DEFAULT 0,
    rbi             integer      NOT NULL DEFAULT 0,
    double          integer      NOT NULL DEFAULT 0,
    triple          integer      NOT NULL DEFAULT 0,
    homerun         integer      NOT NULL DEFAULT 0,
    bb              integer      NOT NULL DEFAULT 0,
    so              integer      NOT NULL DEFAULT 0,
    hbp             integer      NOT NULL DEFAULT 0,
    sac             integer      NOT NULL DEFAULT 0,
    ibb             integer      NOT NULL DEFAULT 0,
    gidp            integer      NOT NULL DEFAULT 0,
    sb              integer      NOT NULL DEFAULT 0,
    cs              integer      NOT NULL DEFAULT 0,
    outs_recorded   integer      NOT NULL DEFAULT 0,
    wild_pitch      integer      NOT NULL DEFAULT 0,
    passed_ball     integer      NOT NULL DEFAULT 0,
    balk            integer      NOT NULL DEFAULT 0,
    pick_off        integer      NOT NULL DEFAULT 0,
    error           integer      NOT NULL DEFAULT 0,
    is_go_ahead     boolean      NOT NULL DEFAULT false,
    is_tied         boolean      NOT NULL DEFAULT false,
    complete        boolean      NOT NULL DEFAULT false,
    locked          boolean      NOT NULL DEFAULT false,
    play_metadata   jsonb        NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz  DEFAULT now(),
    CONSTRAINT plays_pkey PRIMARY KEY (id),
    CONSTRAINT plays_game_id_fkey FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE,
    CONSTRAINT plays_batter_id_fkey FOREIGN KEY (batter_id) REFERENCES lineups (id),
    CONSTRAINT plays_pitcher_id_fkey FOREIGN KEY (pitcher_id) REFERENCES lineups (id),
    CONSTRAINT plays_catcher_id_fkey FOREIGN KEY (catcher_id) REFERENCES lineups (id),
    CONSTRAINT plays_defender_id_fkey FOREIGN KEY (defender_id) REFERENCES lineups (id),
    CONSTRAINT plays_runner_id_fkey FOREIGN KEY (runner_id) REFERENCES lineups (id),
    CONSTRAINT plays_on_first_id_fkey FOREIGN KEY (on_first_id) REFERENCES lineups (id),
    CONSTRAINT plays_on_second_id_fkey FOREIGN KEY (on_second_id) REFERENCES lineups (id),
    CONSTRAINT plays_on_third_id_fkey FOREIGN KEY (on_third_id) REFERENCES lineups (id),
    CONSTRAINT plays_roll_id_fkey FOREIGN KEY (roll_id) REFERENCES rolls (roll_id) ON DELETE SET NULL
);
CREATE INDEX idx_play_game ON plays (game_id);
CREATE UNIQUE INDEX idx_play_game_number ON plays (game_id, play_number);
CREATE INDEX idx_play_batter ON plays (batter_id);
CREATE INDEX idx_play_pitcher ON plays (pitcher_id);
CREATE INDEX idx_play_catcher ON plays (catcher_id);
CREATE INDEX idx_play_defender ON plays (defender_id);
CREATE INDEX idx_play_runner ON plays (runner_id);
CREATE INDEX idx_play_on_first ON plays (on_first_id);
CREATE INDEX idx_play_on_second ON plays (on_second_id);
CREATE INDEX idx_play_on_third ON plays (on_third_id);
CREATE INDEX idx_play_roll ON plays (roll_id);

-- The primary key on game_id also serves as the index of its foreign key.
CREATE TABLE game_sessions (
    game_id         uuid         NOT NULL,
    connected_users jsonb        NOT NULL DEFAULT '{}'::jsonb,
    last_action_at  timestamptz  NOT NULL DEFAULT now(),
    state_snapshot  jsonb        NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz  DEFAULT now(),
    updated_at      timestamptz  DEFAULT now(),
    CONSTRAINT game_sessions_pkey PRIMARY KEY (game_id),
    CONSTRAINT game_sessions_game_id_fkey FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE
);
CREATE INDEX idx_game_session_last_action ON game_sessions (last_action_at);

-- The unique constraints keep PostgreSQL's default NULLS DISTINCT: an sba row has
-- card_id NULL and a pd row player_id NULL, and a game holds many of either.
-- Their leading game_id also indexes the foreign key.
CREATE TABLE roster_links (
    id         serial,
    game_id    uuid         NOT NULL,
    team_id    integer      NOT NULL,
    card_id    integer,
    player_id  integer,
    created_at timestamptz  DEFAULT now(),
    CONSTRAINT roster_links_pkey PRIMARY KEY (id),
    CONSTRAINT roster_links_game_id_fkey FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE,
    CONSTRAINT uq_roster_game_card UNIQUE (game_id, card_id),
    CONSTRAINT uq_roster_game_player UNIQUE (game_id, player_id),
    CONSTRAINT roster_links_card_or_player_check CHECK (num_nonnulls(card_id, player_id) = 1)
);
CREATE INDEX idx_roster_link_game_team ON roster_links (game_id, team_id);

-- The primary key (game_id, cardset_id) also indexes the foreign key.
CREATE TABLE game_cardset_links (
    game_id    uuid     NOT NULL,
    cardset_id integer  NOT NULL,
    priority   integer  NOT NULL DEFAULT 1,
    CONSTRAINT game_cardset_links_pkey PRIMARY KEY (game_id, cardset_id),
    CONSTRAINT game_cardset_links_game_id_fkey FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE
);

-- downgrade

-- Referencing tables first. No CASCADE: an object of a later revision still
-- depending on these tables must stop the downgrade, not vanish silently.
-- Indexes, constraints and the sequences owned by the serial columns go with
-- their tables.
DROP TABLE game_cardset_links;
DROP TABLE roster_links;
DROP TABLE game_sessions;
DROP TABLE plays;
DROP TABLE rolls;
DROP TABLE lineups;
DROP TABLE games;
