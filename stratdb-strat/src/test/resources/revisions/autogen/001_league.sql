-- revision: 001
-- down_revision:
-- message: Teams and parks, as the baseline test entities map them
-- date: 2026-12-01

-- upgrade

CREATE TABLE teams (
    id   serial,
    name varchar(40) NOT NULL,
    CONSTRAINT teams_pkey PRIMARY KEY (id)
);

-- team_id has no foreign key yet: adding one is what the FOREIGN_KEY entity set tests.
CREATE TABLE parks (
    id       serial,
    name     varchar(40) NOT NULL,
    capacity integer,
    team_id  integer,
    CONSTRAINT parks_pkey PRIMARY KEY (id)
);

-- downgrade

DROP TABLE parks;
DROP TABLE teams;
