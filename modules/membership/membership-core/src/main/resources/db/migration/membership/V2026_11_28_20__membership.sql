select platform.create_messaging_tables('membership');

create table membership.member (
    id            uuid primary key,
    email         text        not null unique,
    username      text        not null unique,
    identity_id   text        not null unique,
    full_name     text        not null,
    affiliation   text        not null,
    side          text        not null check (side in ('US', 'EU', 'OBSERVER')),
    roles         text        not null,
    voting_rights boolean     not null,
    status        text        not null check (status in ('ACTIVE', 'SUSPENDED', 'LEFT')),
    admitted_at   timestamptz not null,
    version       bigint      not null
);

-- Append-only: who changed what about a member, when and why.
create table membership.member_change (
    id        uuid primary key,
    member_id uuid        not null references membership.member (id),
    kind      text        not null,
    summary   text        not null,
    actor     text        not null,
    at        timestamptz not null,
    reason    text
);
create index member_change_by_member on membership.member_change (member_id, at);

create table membership.conflict_of_interest (
    id          uuid primary key,
    member_id   uuid        not null references membership.member (id),
    text        text        not null,
    declared_at timestamptz not null
);
create index conflict_of_interest_by_member on membership.conflict_of_interest (member_id, declared_at);
