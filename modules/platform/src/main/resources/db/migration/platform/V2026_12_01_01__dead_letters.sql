-- Records a module could not apply (not a CloudEvent, unreadable, or declared poison), kept until replayed. The record
-- is kept as bytes, so that anything a producer wrote, NUL characters included, can be kept and replayed.
create table platform.dead_letter (
    id            uuid primary key,
    consumer      text        not null,
    channel       text        not null,
    topic         text        not null,
    partition     integer     not null,
    record_offset bigint      not null,
    record_key    bytea,
    headers       bytea       not null,
    payload       bytea,
    event_id      uuid,
    event_type    text,
    reason        text        not null,
    failed_at     timestamptz not null,
    replayed_at   timestamptz,
    replayed_by   text,
    outcome       text,
    unique (consumer, topic, partition, record_offset)
);
create index dead_letter_pending on platform.dead_letter (failed_at) where replayed_at is null;
