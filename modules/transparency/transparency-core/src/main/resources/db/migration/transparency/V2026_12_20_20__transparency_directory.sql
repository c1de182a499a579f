-- What the publication policy needs beyond the event at hand, learnt from earlier events: members with the name, side
-- and group they have now, and the standard of each draft version, ballot and bundle. Nothing here is public by itself;
-- the policy decides what an entry names (docs/adr/0028-what-the-public-log-publishes.md).

-- A member's row is made by the admission; a group move heard before it waits in held_event.
create table transparency.member (
    id         uuid primary key,
    username   text,
    full_name  text,
    side       text,
    group_code text
);
create index member_by_username on transparency.member (username);

create table transparency.draft_version (
    id          uuid primary key,
    standard_id uuid not null,
    label       text not null
);

-- standard_id is null for a ballot on a plain question.
create table transparency.ballot (
    id          uuid primary key,
    standard_id uuid,
    title       text not null
);

create table transparency.bundle (
    id          uuid primary key,
    standard_id uuid not null
);

-- The log reads each module's topic on its own, so one can run ahead of another (always so when the log first catches
-- up): an event that needs what another topic has not told yet (the member a group move names, the draft version a
-- ballot is on, the bundles a liaison statement sends) waits here, in the order it came, until that arrives.
create table transparency.held_event (
    position    bigserial primary key,
    event_id    uuid not null unique,
    waiting_for text not null,
    event_type  text not null,
    payload     text not null
);
create index held_event_by_waiting_for on transparency.held_event (waiting_for, position);
