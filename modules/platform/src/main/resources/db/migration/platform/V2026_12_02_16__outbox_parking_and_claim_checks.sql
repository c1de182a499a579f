-- Event content too large to travel on Kafka is kept here, written in the transaction of its outbox row; the event
-- carries the id and the SHA-256 of the content, and consumers verify the hash when they fetch it.
create table platform.claim_check (
    id         uuid primary key,
    sha256     text        not null,
    bytes      integer     not null,
    content    text        not null,
    created_at timestamptz not null
);

-- An outbox row that failed waits until next_attempt_at; one the broker refused max-attempts times is parked until an
-- administrator retries it. claim_check names the stored content of an event sent by reference.
create or replace function platform.add_outbox_retry_columns(module_schema text) returns void
language plpgsql as $$
begin
    execute format($ddl$
        alter table %I.outbox
            add column refusals        integer not null default 0,
            add column next_attempt_at timestamptz,
            add column parked_at       timestamptz,
            add column claim_check     uuid references platform.claim_check (id)
        $ddl$, module_schema);
    execute format('create index outbox_parked on %I.outbox (subject, seq) where parked_at is not null and sent_at is null',
                   module_schema);
end;
$$;

do $$
declare
    module_schema text;
begin
    for module_schema in select table_schema from information_schema.tables where table_name = 'outbox' loop
        perform platform.add_outbox_retry_columns(module_schema);
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

    execute format($ddl$
        create table %I.inbox (
            event_id    uuid        primary key,
            event_type  text        not null,
            source      text        not null,
            received_at timestamptz not null
        )$ddl$, module_schema);
end;
$$;
