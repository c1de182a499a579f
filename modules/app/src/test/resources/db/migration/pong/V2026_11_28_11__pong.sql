select platform.create_messaging_tables('pong');

create table pong.ping_heard (
    id       uuid primary key,
    ping_id  text        not null,
    text     text        not null,
    heard_at timestamptz not null
);
