-- Statements the group sent to GPAI or another body, the signed bundles they carried, and the replies that came back.
create table publishing.liaison_statement (
    id        uuid primary key,
    addressee text        not null,
    subject   text        not null,
    -- Markdown, as written
    body      text        not null,
    -- null when no reply is asked for
    reply_due date,
    sent_by   text        not null,
    sent_at   timestamptz not null
);
create index liaison_statement_newest_first on publishing.liaison_statement (sent_at desc, id desc);

create table publishing.liaison_statement_bundle (
    statement_id uuid    not null references publishing.liaison_statement (id),
    bundle_id    uuid    not null references publishing.bundle (id),
    -- the order the liaison listed them in
    ordinal      integer not null,
    primary key (statement_id, bundle_id)
);

create table publishing.liaison_reply (
    id           uuid primary key,
    statement_id uuid        not null references publishing.liaison_statement (id),
    received_on  date        not null,
    summary      text        not null,
    -- Markdown, as received; empty when the summary says it all
    body         text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);
create index liaison_reply_by_statement on publishing.liaison_reply (statement_id, received_on);

-- The liaison record is the group's correspondence: nothing is deleted, and what was attached or received stays as
-- recorded.
create function publishing.refuse_liaison_change() returns trigger language plpgsql as $$
begin
    raise exception 'publishing.% keeps its rows as recorded: % refused', tg_table_name, tg_op;
end $$;
create trigger liaison_statement_kept before delete on publishing.liaison_statement
    for each row execute function publishing.refuse_liaison_change();
create trigger liaison_statement_bundle_kept before delete or update on publishing.liaison_statement_bundle
    for each row execute function publishing.refuse_liaison_change();
create trigger liaison_reply_kept before delete or update on publishing.liaison_reply
    for each row execute function publishing.refuse_liaison_change();
