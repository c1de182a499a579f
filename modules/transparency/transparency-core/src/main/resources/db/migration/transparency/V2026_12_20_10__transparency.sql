select platform.create_messaging_tables('transparency');

-- The public log (docs/adr/0027-transparency-log-hashing-and-heads.md). Entries are numbered from 0 without gaps; the
-- text is the entry's canonical JSON, exactly the bytes hashed into its leaf.
create table transparency.entry (
    seq             bigint primary key check (seq >= 0),
    source_event_id uuid        not null unique,
    type            text        not null,
    standard_id     uuid,
    occurred_at     timestamptz not null,
    logged_at       timestamptz not null,
    entry           text        not null,
    leaf_hash       bytea       not null check (length(leaf_hash) = 32)
);
create index entry_by_standard on transparency.entry (standard_id, seq) where standard_id is not null;
create index entry_by_type on transparency.entry (type, seq);
create index entry_by_time on transparency.entry (occurred_at, seq);

-- The hash of every complete subtree above the leaves, written when its last leaf is appended: any root or proof reads
-- at most two per level. Level 0 is the entries' leaf_hash.
create table transparency.node (
    level integer not null check (level between 1 and 62),
    idx   bigint  not null check (idx >= 0),
    hash  bytea   not null check (length(hash) = 32),
    primary key (level, idx)
);

-- Signed tree heads, kept forever. A size is signed again, with a later timestamp, when the log has not grown for a
-- while; lists show the first head of each size.
create table transparency.head (
    tree_size    bigint not null check (tree_size >= 0),
    timestamp_ms bigint not null,
    root_hash    bytea  not null check (length(root_hash) = 32),
    signature    bytea  not null check (length(signature) = 64),
    primary key (tree_size, timestamp_ms)
);
create index head_by_time on transparency.head (timestamp_ms);

-- The log's size, in one row that every writer locks: entries are appended, and heads signed, one at a time across
-- all instances of the application.
create table transparency.log_size (
    only_row boolean primary key default true check (only_row),
    size     bigint  not null check (size >= 0)
);
insert into transparency.log_size (size) values (0);

-- Append-only: no row of the log is ever changed or removed, and the size only grows.
create function transparency.refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'the transparency log is append-only: % on %.% is refused', tg_op, tg_table_schema, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create function transparency.size_only_grows() returns trigger
language plpgsql as $$
begin
    if new.size <= old.size or new.only_row is distinct from old.only_row then
        raise exception 'the transparency log only grows: its size cannot go from % to %', old.size, new.size
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger entry_append_only before update or delete on transparency.entry
    for each row execute function transparency.refuse_change();
create trigger entry_never_truncated before truncate on transparency.entry
    for each statement execute function transparency.refuse_change();
create trigger node_append_only before update or delete on transparency.node
    for each row execute function transparency.refuse_change();
create trigger node_never_truncated before truncate on transparency.node
    for each statement execute function transparency.refuse_change();
create trigger head_append_only before update or delete on transparency.head
    for each row execute function transparency.refuse_change();
create trigger head_never_truncated before truncate on transparency.head
    for each statement execute function transparency.refuse_change();
create trigger log_size_only_grows before update on transparency.log_size
    for each row execute function transparency.size_only_grows();
create trigger log_size_never_deleted before delete on transparency.log_size
    for each row execute function transparency.refuse_change();
create trigger log_size_never_truncated before truncate on transparency.log_size
    for each statement execute function transparency.refuse_change();
