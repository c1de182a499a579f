select platform.create_messaging_tables('stakeholders');

create table stakeholders.stakeholder_group (
    code       text primary key,
    name       text        not null,
    active     boolean     not null,
    created_at timestamptz not null
);

-- Read model of members, fed only by membership events.
create table stakeholders.member (
    member_id     uuid primary key,
    full_name     text    not null,
    side          text    not null,
    voting_rights boolean not null,
    status        text    not null,
    group_code    text references stakeholders.stakeholder_group (code)
);
create index member_by_group on stakeholders.member (group_code);

create table stakeholders.group_membership (
    id           uuid primary key,
    member_id    uuid        not null,
    group_code   text        not null references stakeholders.stakeholder_group (code),
    joined_at    timestamptz not null,
    joined_by    text        not null,
    join_reason  text,
    left_at      timestamptz,
    left_by      text,
    leave_reason text
);
create unique index one_open_membership on stakeholders.group_membership (member_id) where left_at is null;

create table stakeholders.balance_rule (
    id                text primary key,
    kind              text        not null check (kind in ('MAX_GROUP_SHARE', 'MIN_SIDE_SHARE')),
    threshold_percent integer     not null check (threshold_percent between 1 and 100),
    created_at        timestamptz not null
);

create table stakeholders.balance_alert (
    id         uuid primary key,
    rule_id    text        not null,
    rule       text        not null,
    finding    text        not null,
    raised_at  timestamptz not null,
    cleared_at timestamptz
);
create unique index one_open_alert_per_rule on stakeholders.balance_alert (rule_id) where cleared_at is null;

-- The groups and rules the working group starts with; the groups are announced like any other.
insert into stakeholders.stakeholder_group (code, name, active, created_at) values
    ('INDUSTRY', 'Industry', true, now()),
    ('ACADEMIA', 'Academia', true, now()),
    ('CIVIL_SOCIETY', 'Civil society', true, now());

insert into stakeholders.outbox (event_id, event_type, subject, schema_version, payload, occurred_at)
select gen_random_uuid(), 'accord.stakeholders.GroupCreated', code, 1,
       json_build_object('code', code, 'name', name, 'by', 'system', 'at', created_at)::text, created_at
from stakeholders.stakeholder_group order by code;

insert into stakeholders.balance_rule (id, kind, threshold_percent, created_at) values
    ('max-group-share', 'MAX_GROUP_SHARE', 50, now()),
    ('min-side-share', 'MIN_SIDE_SHARE', 40, now());
