-- A database as the Python backend's Base.metadata.create_all() built it, before stratdb or Alembic: the
-- models' tables, with SQLAlchemy's naming convention
--   {"pk": "pk_%(table_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
--    "uq": "uq_%(table_name)s_%(column_0_name)s", "ck": "ck_%(table_name)s_%(constraint_name)s",
--    "ix": "ix_%(column_0_label)s"}
-- and the models' own quirks, which stratdb's revision 001 does not share:
-- * constraint names from the convention (pk_games, fk_lineups_game_id_games, ck_games_status, ...);
-- * most CHECK constraints absent (the models declared only the games status one); lineups and roster_links
--   have no "card or player" CHECK;
-- * idx_play_game_number and uq_roster_game_card are unique INDEXES (Index(..., unique=True)), not
--   constraints; uq_roster_game_player is a constraint under the convention's name;
-- * index=True columns named by the convention (ix_games_status, ix_rolls_game_id, ...); idx_lineup_replacing
--   was never declared, so it is missing;
-- * server defaults written as SQLAlchemy writes server_default='1' or 'true' (quoted literals);
-- * no stat views, no alembic_version table.
-- Column order and types are the models' and equal 001's.

CREATE TABLE games (
    id               uuid         DEFAULT gen_random_uuid() NOT NULL,
    league_id        varchar(10)  NOT NULL,
    home_team_id     integer      NOT NULL,
    away_team_id     integer      NOT NULL,
    home_user_id     integer,
    away_user_id     integer,
    current_inning   integer      DEFAULT '1',
    current_half     varchar(10)  DEFAULT 'top',
    home_score       integer      DEFAULT '0',
    away_score       integer      DEFAULT '0',
    status           varchar(20)  DEFAULT 'pending',
    allow_spectators boolean      DEFAULT 'true',
    created_at       timestamp with time zone DEFAULT now(),
    updated_at       timestamp with time zone DEFAULT now(),
    CONSTRAINT pk_games PRIMARY KEY (id),
    CONSTRAINT ck_games_status CHECK (status IN ('pending', 'active', 'paused', 'completed', 'abandoned'))
);
CREATE INDEX ix_games_status ON games (status);
CREATE INDEX idx_game_league ON games (league_id);

CREATE TABLE lineups (
    id              SERIAL NOT NULL,
    game_id         uuid         NOT NULL,
    team_id         integer      NOT NULL,
    card_id         integer,
    player_id       integer,
    position        varchar(5)   NOT NULL,
    batting_order   integer,
    is_starter      boolean      DEFAULT 'true',
    is_active       boolean      DEFAULT 'true',
    replacing_id    integer,
    entered_game_at integer,
    exited_game_at  integer,
    CONSTRAINT pk_lineups PRIMARY KEY (id),
    CONSTRAINT fk_lineups_game_id_games FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE,
    CONSTRAINT fk_lineups_replacing_id_lineups FOREIGN KEY (replacing_id) REFERENCES lineups (id)
);
CREATE INDEX ix_lineups_game_id ON lineups (game_id);
CREATE INDEX idx_lineup_game_team ON lineups (game_id, team_id);

CREATE TABLE rolls (
    roll_id   varchar(50)  NOT NULL,
    game_id   uuid         NOT NULL,
    roll_type varchar(20)  NOT NULL,
    league_id varchar(10)  NOT NULL,
    team_id   integer,
    player_id integer,
    roll_data jsonb        NOT NULL,
    context   jsonb,
    rolled_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_rolls PRIMARY KEY (roll_id),
    CONSTRAINT fk_rolls_game_id_games FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE
);
CREATE INDEX ix_rolls_game_id ON rolls (game_id);
CREATE INDEX ix_rolls_roll_type ON rolls (roll_type);
CREATE INDEX ix_rolls_league_id ON rolls (league_id);
CREATE INDEX ix_rolls_team_id ON rolls (team_id);
CREATE INDEX ix_rolls_player_id ON rolls (player_id);

CREATE TABLE plays (
    id              SERIAL NOT NULL,
    game_id         uuid         NOT NULL,
    play_number     integer      NOT NULL,
    inning          integer      NOT NULL,
    half            varchar(10)  NOT NULL,
    outs_before     integer      NOT NULL,
    outs_after      integer      NOT NULL,
    batting_order   integer,
    away_score      integer      DEFAULT '0' NOT NULL,
    home_score      integer      DEFAULT '0' NOT NULL,
    on_base_code    integer      DEFAULT '0' NOT NULL,
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
    pa              integer      DEFAULT '0' NOT NULL,
    ab              integer      DEFAULT '0' NOT NULL,
    hit             integer      DEFAULT '0' NOT NULL,
    run             integer      DEFAULT '0' NOT NULL,
    e_run           integer      DEFAULT '0' NOT NULL,
    rbi             integer      DEFAULT '0' NOT NULL,
    double          integer      DEFAULT '0' NOT NULL,
    triple          integer      DEFAULT '0' NOT NULL,
    homerun         integer      DEFAULT '0' NOT NULL,
    bb              integer      DEFAULT '0' NOT NULL,
    so              integer      DEFAULT '0' NOT NULL,
    hbp             integer      DEFAULT '0' NOT NULL,
    sac             integer      DEFAULT '0' NOT NULL,
    ibb             integer      DEFAULT '0' NOT NULL,
    gidp            integer      DEFAULT '0' NOT NULL,
    sb              integer      DEFAULT '0' NOT NULL,
    cs              integer      DEFAULT '0' NOT NULL,
    outs_recorded   integer      DEFAULT '0' NOT NULL,
    wild_pitch      integer      DEFAULT '0' NOT NULL,
    passed_ball     integer      DEFAULT '0' NOT NULL,
    balk            integer      DEFAULT '0' NOT NULL,
    pick_off        integer      DEFAULT '0' NOT NULL,
    error           integer      DEFAULT '0' NOT NULL,
    is_go_ahead     boolean      DEFAULT 'false' NOT NULL,
    is_tied         boolean      DEFAULT 'false' NOT NULL,
    complete        boolean      DEFAULT 'false' NOT NULL,
    locked          boolean      DEFAULT 'false' NOT NULL,
    play_metadata   jsonb        DEFAULT '{}' NOT NULL,
    created_at      timestamp with time zone DEFAULT now(),
    CONSTRAINT pk_plays PRIMARY KEY (id),
    CONSTRAINT fk_plays_game_id_games FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE,
    CONSTRAINT fk_plays_batter_id_lineups FOREIGN KEY (batter_id) REFERENCES lineups (id),
    CONSTRAINT fk_plays_pitcher_id_lineups FOREIGN KEY (pitcher_id) REFERENCES lineups (id),
    CONSTRAINT fk_plays_catcher_id_lineups FOREIGN KEY (catcher_id) REFERENCES lineups (id),
    CONSTRAINT fk_plays_defender_id_lineups FOREIGN KEY (defender_id) REFERENCES lineups (id),
    CONSTRAINT fk_plays_runner_id_lineups FOREIGN KEY (runner_id) REFERENCES lineups (id),
    CONSTRAINT fk_plays_on_first_id_lineups FOREIGN KEY (on_first_id) REFERENCES lineups (id),
    CONSTRAINT fk_plays_on_second_id_lineups FOREIGN KEY (on_second_id) REFERENCES lineups (id),
    CONSTRAINT fk_plays_on_third_id_lineups FOREIGN KEY (on_third_id) REFERENCES lineups (id),
    CONSTRAINT fk_plays_roll_id_rolls FOREIGN KEY (roll_id) REFERENCES rolls (roll_id) ON DELETE SET NULL
);
CREATE INDEX ix_plays_game_id ON plays (game_id);
CREATE UNIQUE INDEX idx_play_game_number ON plays (game_id, play_number);
CREATE INDEX ix_plays_batter_id ON plays (batter_id);
CREATE INDEX ix_plays_pitcher_id ON plays (pitcher_id);
CREATE INDEX ix_plays_catcher_id ON plays (catcher_id);
CREATE INDEX ix_plays_defender_id ON plays (defender_id);
CREATE INDEX ix_plays_runner_id ON plays (runner_id);
CREATE INDEX ix_plays_on_first_id ON plays (on_first_id);
CREATE INDEX ix_plays_on_second_id ON plays (on_second_id);
CREATE INDEX ix_plays_on_third_id ON plays (on_third_id);
CREATE INDEX ix_plays_roll_id ON plays (roll_id);

CREATE TABLE game_sessions (
    game_id         uuid         NOT NULL,
    connected_users jsonb        DEFAULT '{}' NOT NULL,
    last_action_at  timestamp with time zone DEFAULT now() NOT NULL,
    state_snapshot  jsonb        DEFAULT '{}' NOT NULL,
    created_at      timestamp with time zone DEFAULT now(),
    updated_at      timestamp with time zone DEFAULT now(),
    CONSTRAINT pk_game_sessions PRIMARY KEY (game_id),
    CONSTRAINT fk_game_sessions_game_id_games FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE
);
CREATE INDEX ix_game_sessions_last_action_at ON game_sessions (last_action_at);

CREATE TABLE roster_links (
    id         SERIAL NOT NULL,
    game_id    uuid         NOT NULL,
    team_id    integer      NOT NULL,
    card_id    integer,
    player_id  integer,
    created_at timestamp with time zone DEFAULT now(),
    CONSTRAINT pk_roster_links PRIMARY KEY (id),
    CONSTRAINT fk_roster_links_game_id_games FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE,
    CONSTRAINT uq_roster_links_game_id UNIQUE (game_id, player_id)
);
CREATE UNIQUE INDEX uq_roster_game_card ON roster_links (game_id, card_id);
CREATE INDEX idx_roster_link_game_team ON roster_links (game_id, team_id);

CREATE TABLE game_cardset_links (
    game_id    uuid     NOT NULL,
    cardset_id integer  NOT NULL,
    priority   integer  DEFAULT '1' NOT NULL,
    CONSTRAINT pk_game_cardset_links PRIMARY KEY (game_id, cardset_id),
    CONSTRAINT fk_game_cardset_links_game_id_games FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE
);
