select platform.create_messaging_tables('review');

-- Read models, fed only by events of membership, stakeholders and drafting.
create table review.member (
    member_id     uuid primary key,
    username      text,
    full_name     text    not null,
    side          text    not null,
    voting_rights boolean not null,
    status        text    not null
);
create index member_by_username on review.member (username);

create table review.member_group (
    member_id  uuid primary key,
    group_code text
);

create table review.standard (
    id        uuid primary key,
    reference text not null,
    title     text not null,
    -- usernames, comma-separated, as drafting last announced them
    editors   text not null
);

create table review.draft_version (
    id           uuid primary key,
    standard_id  uuid        not null,
    label        text        not null,
    published_at timestamptz not null
);
create index draft_version_by_standard on review.draft_version (standard_id, published_at);

-- Each clause of a version with the number and revision it had in that version.
create table review.version_clause (
    draft_version_id uuid    not null references review.draft_version (id),
    clause_id        uuid    not null,
    revision_id      uuid    not null,
    ordinal          integer not null,
    kind             text    not null,
    number           text    not null,
    primary key (draft_version_id, clause_id)
);
create index version_clause_by_clause on review.version_clause (clause_id);

-- Headings of clause revisions, and the comments a revision says it answers.
create table review.clause_revision (
    id          uuid primary key,
    standard_id uuid        not null,
    clause_id   uuid        not null,
    heading     text,
    at          timestamptz not null
);
create index clause_revision_by_clause on review.clause_revision (clause_id, at);

create table review.round (
    id                 uuid primary key,
    standard_id        uuid        not null,
    draft_version_id   uuid        not null references review.draft_version (id),
    title              text        not null,
    instructions       text        not null,
    opens_at           timestamptz not null,
    closes_at          timestamptz not null,
    visible_while_open boolean     not null,
    status             text        not null,
    created_by         text        not null,
    created_at         timestamptz not null,
    opened_at          timestamptz,
    closed_at          timestamptz,
    closed_by          text,
    close_reason       text,
    -- set once, when the round's last fifth began: the sides and groups with voting members that had not commented
    balance_checked_at timestamptz,
    silent_sides       text,
    silent_groups      text,
    comments_made      integer     not null,
    version            bigint      not null
);
create index round_due on review.round (status, closes_at);
create index round_by_standard on review.round (standard_id, created_at);

-- Append-only: every change of a round's closing time.
create table review.round_extension (
    id                bigint generated always as identity primary key,
    round_id          uuid        not null references review.round (id),
    previous_closes_at timestamptz not null,
    closes_at         timestamptz not null,
    reason            text        not null,
    by_username       text        not null,
    at                timestamptz not null
);

create table review.disposition (
    id            uuid primary key,
    round_id      uuid        not null references review.round (id),
    decision      text        not null,
    modification  text,
    observations  text,
    decided_by    text        not null,
    decided_at    timestamptz not null
);

-- The clause revisions that implement a disposition.
create table review.disposition_revision (
    disposition_id uuid not null references review.disposition (id),
    revision_id    uuid not null,
    primary key (disposition_id, revision_id)
);
create index disposition_revision_by_revision on review.disposition_revision (revision_id);

create table review.comment (
    id              uuid primary key,
    round_id        uuid        not null references review.round (id),
    number          integer     not null,
    -- null: the whole document ("general")
    clause_id       uuid,
    clause_number   text,
    line_number     integer,
    element         text,
    type            text        not null,
    text            text        not null,
    proposed_change text,
    author          text        not null,
    author_name     text        not null,
    side            text        not null,
    group_code      text,
    on_behalf_of    text,
    status          text        not null,
    revisions       integer     not null,
    created_at      timestamptz not null,
    revised_at      timestamptz not null,
    hidden_at       timestamptz,
    hidden_by       text,
    hidden_reason   text,
    disposition_id  uuid references review.disposition (id),
    version         bigint      not null,
    unique (round_id, number)
);
create index comment_by_clause on review.comment (clause_id);
create index comment_by_disposition on review.comment (disposition_id);

-- Append-only: every text a comment has had, the first included.
create table review.comment_revision (
    comment_id      uuid        not null references review.comment (id),
    revision        integer     not null,
    clause_id       uuid,
    clause_number   text,
    line_number     integer,
    element         text,
    type            text        not null,
    text            text        not null,
    proposed_change text,
    by_username     text        not null,
    at              timestamptz not null,
    primary key (comment_id, revision)
);

-- Append-only: the commenter's answers to a disposition; the latest one stands.
create table review.disposition_response (
    id             bigint generated always as identity primary key,
    comment_id     uuid        not null references review.comment (id),
    disposition_id uuid        not null references review.disposition (id),
    satisfied      boolean     not null,
    reason         text,
    at             timestamptz not null
);
create index disposition_response_by_comment on review.disposition_response (comment_id, id);

-- Comments a clause revision says it answers (from drafting's ClauseRevised).
create table review.revision_answer (
    revision_id uuid not null,
    comment_id  uuid not null references review.comment (id),
    primary key (revision_id, comment_id)
);
create index revision_answer_by_comment on review.revision_answer (comment_id);

-- Nothing in review is ever deleted: hiding, withdrawing and answering are updates or new rows; histories are never
-- rewritten either.
create function review.refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'review.% keeps its rows as written: % refused', tg_table_name, tg_op;
end $$;
create trigger comment_kept before delete on review.comment for each row execute function review.refuse_delete();
create trigger comment_revision_kept before delete or update on review.comment_revision
    for each row execute function review.refuse_delete();
create trigger disposition_kept before delete on review.disposition for each row execute function review.refuse_delete();
create trigger response_kept before delete or update on review.disposition_response
    for each row execute function review.refuse_delete();
create trigger extension_kept before delete or update on review.round_extension
    for each row execute function review.refuse_delete();
