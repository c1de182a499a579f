-- Every module keeps its outbox and inbox in its own schema. The tables have one shape, defined here once;
-- a module's first migration calls platform.create_messaging_tables('<its schema>').
create schema if not exists platform;

create function platform.create_messaging_tables(module_schema text) returns void
language plpgsql as $$
begin
    execute format('create schema if not exists %I', module_schema);

    execute format($ddl$
        create table %I.outbox (
            seq            bigint generated always as identity primary key,
            event_id       uuid        not null unique,
            event_type     text        not null,
            subject        text        not null,
            schema_version integer     not null,
            payload        text        not null,
            occurred_at    timestamptz not null,
            claimed_by     text,
            claimed_until  timestamptz,
            attempts       integer     not null default 0,
            last_error     text,
            sent_at        timestamptz
        )$ddl$, module_schema);
    execute format('create index outbox_unsent on %I.outbox (seq) where sent_at is null', module_schema);
    execute format('create index outbox_unsent_by_subject on %I.outbox (subject, seq) where sent_at is null',
                   module_schema);

    execute format($ddl$
        create table %I.inbox (
            event_id    uuid        primary key,
            event_type  text        not null,
            source      text        not null,
            received_at timestamptz not null
        )$ddl$, module_schema);
end;
$$;
