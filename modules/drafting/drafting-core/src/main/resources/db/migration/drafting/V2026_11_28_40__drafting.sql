select platform.create_messaging_tables('drafting');

create table drafting.standard (
    id         uuid primary key,
    reference  text        not null unique,
    title      text        not null,
    scope      text        not null,
    stage      text        not null,
    editors    text        not null,
    created_at timestamptz not null,
    created_by text        not null,
    version    bigint      not null
);

-- A clause's id never changes; its place (parent, position) and current revision do.
create table drafting.clause (
    id                  uuid primary key,
    standard_id         uuid    not null references drafting.standard (id),
    parent_id           uuid references drafting.clause (id),
    position            integer not null,
    kind                text    not null,
    current_revision_id uuid    not null,
    removed             boolean not null,
    version             bigint  not null
);
create index clause_by_standard on drafting.clause (standard_id) where not removed;

-- Immutable: every save is a new row.
create table drafting.clause_revision (
    id            uuid primary key,
    clause_id     uuid        not null references drafting.clause (id),
    standard_id   uuid        not null,
    number        integer     not null,
    heading       text        not null,
    text          text        not null,
    based_on      uuid,
    rationale     text,
    suggestion_id uuid,
    author        text        not null,
    created_at    timestamptz not null,
    unique (clause_id, number)
);

create table drafting.draft_version (
    id           uuid primary key,
    standard_id  uuid        not null references drafting.standard (id),
    label        text        not null,
    stage        text        not null,
    published_at timestamptz not null,
    published_by text        not null,
    unique (standard_id, label)
);
create index draft_version_by_standard on drafting.draft_version (standard_id, published_at);

create table drafting.draft_version_entry (
    version_id  uuid    not null references drafting.draft_version (id),
    ordinal     integer not null,
    clause_id   uuid    not null,
    revision_id uuid    not null,
    parent_id   uuid,
    position    integer not null,
    kind        text    not null,
    number      text    not null,
    primary key (version_id, ordinal)
);

create table drafting.suggestion (
    id               uuid primary key,
    standard_id      uuid        not null references drafting.standard (id),
    clause_id        uuid        not null references drafting.clause (id),
    base_revision_id uuid        not null,
    heading          text        not null,
    text             text        not null,
    reason           text        not null,
    author           text        not null,
    created_at       timestamptz not null,
    status           text        not null,
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    revision_id      uuid,
    version          bigint      not null
);
create index suggestion_by_standard on drafting.suggestion (standard_id, created_at);

-- Append-only: who changed what in a standard, when and why.
create table drafting.standard_change (
    id          uuid primary key,
    standard_id uuid        not null references drafting.standard (id),
    clause_id   uuid,
    kind        text        not null,
    summary     text        not null,
    actor       text        not null,
    at          timestamptz not null,
    reason      text
);
create index standard_change_by_standard on drafting.standard_change (standard_id, at);

-- Ballot results drafting learned from the voting module.
create table drafting.ballot_result (
    ballot_id        text primary key,
    draft_version_id uuid        not null,
    passed           boolean     not null,
    closed_at        timestamptz not null
);
create index ballot_result_by_version on drafting.ballot_result (draft_version_id);
