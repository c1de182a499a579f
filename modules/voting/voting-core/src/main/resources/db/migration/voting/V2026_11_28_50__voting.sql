select platform.create_messaging_tables('voting');

-- Read models, fed only by events of membership, stakeholders and drafting.
create table voting.voter (
    member_id     uuid primary key,
    username      text,
    full_name     text    not null,
    side          text    not null,
    voting_rights boolean not null,
    status        text    not null
);
create index voter_by_username on voting.voter (username);

create table voting.member_group (
    member_id  uuid primary key,
    group_code text
);

create table voting.draft_version (
    id           uuid primary key,
    standard_id  uuid        not null,
    reference    text,
    title        text,
    label        text        not null,
    published_at timestamptz not null
);

create table voting.standard (
    id        uuid primary key,
    reference text not null,
    title     text not null
);

create table voting.ballot (
    id               uuid primary key,
    title            text        not null,
    draft_version_id uuid,
    question         text,
    instructions     text        not null,
    rule             text        not null,
    secret           boolean     not null,
    opens_at         timestamptz not null,
    closes_at        timestamptz not null,
    status           text        not null,
    created_by       text        not null,
    created_at       timestamptz not null,
    closed_at        timestamptz,
    closed_by        text,
    close_reason     text,
    passed           boolean,
    summary          text,
    version          bigint      not null
);
create index ballot_due on voting.ballot (status, closes_at);

-- Who may vote, fixed when the ballot opens, with the side and group they had then.
create table voting.eligible_voter (
    ballot_id  uuid    not null references voting.ballot (id),
    member_id  uuid    not null,
    full_name  text    not null,
    side       text    not null,
    group_code text,
    weight     integer not null,
    primary key (ballot_id, member_id)
);

-- The counted vote: one row per member and ballot, replaced when the member changes their vote.
create table voting.vote (
    ballot_id uuid        not null references voting.ballot (id),
    member_id uuid        not null,
    position  text        not null,
    reason    text,
    cast_at   timestamptz not null,
    changes   integer     not null,
    primary key (ballot_id, member_id)
);

-- Append-only: every submission.
create table voting.vote_history (
    id        bigint generated always as identity primary key,
    ballot_id uuid        not null references voting.ballot (id),
    member_id uuid        not null,
    position  text        not null,
    reason    text,
    cast_at   timestamptz not null
);

create table voting.ballot_tally (
    ballot_id             uuid    not null references voting.ballot (id),
    ordinal               integer not null,
    scope                 text    not null,
    eligible              integer not null,
    approve               integer not null,
    approve_with_comments integer not null,
    disapprove            integer not null,
    abstain               integer not null,
    primary key (ballot_id, ordinal)
);
