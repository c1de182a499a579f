-- What the publication policy needs beyond the event at hand, learnt from earlier events: members with the name, side
-- and group they have now, and the standard of each draft version, ballot and bundle. Nothing here is public by itself;
-- the policy decides what an entry names (docs/adr/0028-what-the-public-log-publishes.md).

-- A member's row may come first from stakeholders (a join heard before the admission): name and side follow then.
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
