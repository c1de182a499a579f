-- The W3C trace context (traceparent, tracestate) of the transaction that wrote an outbox row, so that the relay, which
-- sends it later on a thread of its own, continues that trace (ADR 0031). Null for rows written outside any trace and
-- for rows written before this column existed: the relay starts a new trace for those.
create or replace function platform.add_outbox_trace_columns(module_schema text) returns void
language plpgsql as $$
begin
    execute format($ddl$
        alter table %I.outbox
            add column traceparent text,
            add column tracestate  text
        $ddl$, module_schema);
end;
$$;

do $$
declare
    module_schema text;
begin
    for module_schema in select table_schema from information_schema.tables where table_name = 'outbox' loop
        perform platform.add_outbox_trace_columns(module_schema);
    end loop;
end;
$$;

-- Modules created from now on get the same columns.
create or replace function platform.create_messaging_tables(module_schema text) returns void
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
    perform platform.add_outbox_retry_columns(module_schema);
    perform platform.add_outbox_trace_columns(module_schema);

    execute format($ddl$
        create table %I.inbox (
            event_id    uuid        primary key,
            event_type  text        not null,
            source      text        not null,
            received_at timestamptz not null
        )$ddl$, module_schema);
end;
$$;
