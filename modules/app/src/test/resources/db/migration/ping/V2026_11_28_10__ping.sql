select platform.create_messaging_tables('ping');

create table ping.ping (
    id         text primary key,
    text       text        not null,
    created_at timestamptz not null
);
