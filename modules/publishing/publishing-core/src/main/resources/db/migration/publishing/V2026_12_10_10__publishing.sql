select platform.create_messaging_tables('publishing');

-- Read models, fed only by events of drafting and voting.
create table publishing.standard (
    id         uuid primary key,
    reference  text        not null,
    title      text        not null,
    scope      text        not null,
    stage      text        not null,
    created_at timestamptz not null
);

-- Every clause revision with its full text: a version names revisions, and exports render their words.
create table publishing.clause_revision (
    id          uuid primary key,
    standard_id uuid        not null,
    clause_id   uuid        not null,
    heading     text        not null,
    text        text        not null,
    at          timestamptz not null
);

create table publishing.draft_version (
    id           uuid primary key,
    standard_id  uuid        not null references publishing.standard (id),
    label        text        not null,
    stage        text        not null,
    content_hash text        not null,
    published_at timestamptz not null
);
create index draft_version_by_standard on publishing.draft_version (standard_id, published_at);

create table publishing.version_clause (
    draft_version_id uuid    not null references publishing.draft_version (id),
    clause_id        uuid    not null,
    revision_id      uuid    not null,
    parent_id        uuid,
    ordinal          integer not null,
    kind             text    not null,
    number           text    not null,
    primary key (draft_version_id, clause_id)
);

-- Ballots on draft versions, with the result exactly as voting published it.
create table publishing.ballot (
    id               uuid primary key,
    draft_version_id uuid        not null,
    title            text        not null,
    rule             text        not null,
    secret           boolean     not null,
    opened_at        timestamptz not null,
    status           text        not null,
    passed           boolean,
    closed_at        timestamptz,
    content_hash     text,
    -- the BallotClosed event's payload, unchanged
    result           text
);
create index ballot_by_version on publishing.ballot (draft_version_id);

-- The standard's decisions as codes and parameters (JSON), in the order the events told them, for the bundle's history.
create table publishing.decision (
    id          bigserial primary key,
    standard_id uuid        not null,
    type        text        not null,
    details     text        not null,
    at          timestamptz not null
);
create index decision_by_standard on publishing.decision (standard_id, id);

-- Which stage each ballot carried the standard to.
create table publishing.stage_change (
    id          bigserial primary key,
    standard_id uuid        not null,
    from_stage  text        not null,
    to_stage    text        not null,
    ballot_id   uuid,
    at          timestamptz not null
);
create index stage_change_by_ballot on publishing.stage_change (ballot_id);

-- Each format of each version is rendered once; the row is claimed before the work starts.
create table publishing.export (
    id               uuid primary key,
    draft_version_id uuid        not null references publishing.draft_version (id),
    format           text        not null,
    status           text        not null check (status in ('GENERATING', 'READY', 'FAILED')),
    requested_by     text        not null,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    sha256           text,
    size             bigint,
    content          bytea,
    failure          text,
    unique (draft_version_id, format),
    check (status <> 'READY' or (sha256 is not null and content is not null))
);

create table publishing.bundle (
    id               uuid primary key,
    draft_version_id uuid        not null references publishing.draft_version (id),
    ballot_id        uuid        not null references publishing.ballot (id),
    manifest_sha256  text        not null,
    sha256           text        not null,
    key_id           text        not null,
    size             bigint      not null,
    content          bytea       not null,
    built_by         text        not null,
    built_at         timestamptz not null,
    unique (draft_version_id, ballot_id)
);

-- What was served once is never changed: a ready export and a signed bundle stay as they are.
create function publishing.refuse_change_of_stored_file() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' or tg_table_name = 'bundle' or old.status = 'READY' then
        raise exception 'publishing.%: a stored file is never changed or deleted', tg_table_name;
    end if;
    return new;
end;
$$;

create trigger export_is_kept before update or delete on publishing.export
    for each row execute function publishing.refuse_change_of_stored_file();
create trigger bundle_is_kept before update or delete on publishing.bundle
    for each row execute function publishing.refuse_change_of_stored_file();
