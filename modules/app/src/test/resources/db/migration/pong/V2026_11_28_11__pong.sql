select platform.create_messaging_tables('pong');

create table pong.ping_heard (
    id       uuid primary key,
    -- the order in which effects were applied
    seq      bigint generated always as identity,
    ping_id  text        not null,
    text     text        not null,
    heard_at timestamptz not null
);
