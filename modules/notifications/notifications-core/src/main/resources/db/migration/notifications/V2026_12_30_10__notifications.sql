select platform.create_messaging_tables('notifications');

-- Read models, fed only by the other modules' events (and voting's eligible voters, read when a ballot opens).
create table notifications.member (
    member_id     uuid primary key,
    username      text,
    full_name     text    not null,
    email         text    not null,
    roles         text[]  not null,
    voting_rights boolean not null,
    status        text    not null
);
create unique index member_by_username on notifications.member (username);

create table notifications.standard (
    id        uuid primary key,
    reference text   not null,
    title     text   not null,
    stage     text   not null,
    editors   text[] not null
);

create table notifications.draft_version (
    id          uuid primary key,
    standard_id uuid not null,
    label       text not null
);

create table notifications.ballot (
    id               uuid primary key,
    title            text        not null,
    standard_id      uuid,
    draft_version_id uuid,
    secret           boolean     not null,
    closes_at        timestamptz not null,
    status           text        not null,
    passed           boolean,
    -- The step a passed ballot on a draft version allows, until a stage change names this ballot
    awaiting_stage   boolean     not null default false,
    reminded         boolean     not null default false
);
create index ballot_closing on notifications.ballot (closes_at) where status = 'OPEN' and not reminded;

create table notifications.ballot_voter (
    ballot_id uuid    not null references notifications.ballot (id),
    member_id uuid    not null,
    voted     boolean not null default false,
    primary key (ballot_id, member_id)
);
create index ballot_voter_by_member on notifications.ballot_voter (member_id) where not voted;

create table notifications.round (
    id          uuid primary key,
    standard_id uuid        not null,
    title       text        not null,
    closes_at   timestamptz not null,
    status      text        not null,
    reminded    boolean     not null default false
);
create index round_closing on notifications.round (closes_at) where status = 'OPEN' and not reminded;

-- Comments by their authors (usernames), to tell each author of a disposition; never the text.
create table notifications.comment (
    id          uuid primary key,
    round_id    uuid        not null,
    standard_id uuid        not null,
    number      integer     not null,
    author      text        not null,
    disposition text,
    disposed_at timestamptz
);
create index comment_by_author on notifications.comment (author);

create table notifications.suggestion (
    id          uuid primary key,
    standard_id uuid        not null,
    clause_id   uuid        not null,
    author      text        not null,
    made_at     timestamptz not null,
    decided     boolean     not null default false
);
create index suggestion_open on notifications.suggestion (standard_id) where not decided;

create table notifications.liaison_statement (
    id        uuid primary key,
    title     text    not null,
    addressee text    not null,
    reply_due date,
    sent_by   text    not null,
    replied   boolean not null default false,
    reminded  boolean not null default false
);

create table notifications.balance_alert (
    rule_id   uuid primary key,
    rule      text        not null,
    finding   text        not null,
    raised_at timestamptz not null
);

-- Who follows which standard. An unfollow is kept (following = false) so that editing or commenting again does not
-- quietly follow the standard again.
create table notifications.follow (
    member_id   uuid        not null,
    standard_id uuid        not null,
    following   boolean     not null,
    since       timestamptz not null,
    primary key (member_id, standard_id)
);
create index follow_by_standard on notifications.follow (standard_id) where following;

-- The member's choices: language and time zone of e-mails, and per kind of notice how it is delivered by e-mail.
create table notifications.settings (
    member_id uuid primary key,
    language  text not null default 'en',
    time_zone text not null default 'UTC'
);

create table notifications.preference (
    member_id uuid not null,
    kind      text not null,
    delivery  text not null check (delivery in ('IMMEDIATE', 'DIGEST', 'OFF')),
    primary key (member_id, kind)
);

-- The in-app inbox: one notice per event, member and kind, whatever the number of deliveries of the event. A notice
-- keeps codes and parameters, never a sentence: it is worded in the reader's language when shown.
create table notifications.notice (
    id         uuid primary key,
    member_id  uuid        not null,
    kind       text        not null,
    event_id   uuid        not null,
    subject_id uuid,
    params     jsonb       not null,
    created_at timestamptz not null,
    read_at    timestamptz,
    unique (event_id, member_id, kind)
);
create index notice_inbox on notifications.notice (member_id, created_at desc, id);
create index notice_unread on notifications.notice (member_id) where read_at is null;

-- The e-mail of a notice, at most one: sent alone (IMMEDIATE) or in the member's next daily digest (DIGEST).
-- SENDING is written before the message leaves and SENT after, so that a crash in between never sends it twice.
create table notifications.email (
    notice_id uuid primary key references notifications.notice (id),
    member_id uuid        not null,
    delivery  text        not null check (delivery in ('IMMEDIATE', 'DIGEST')),
    status    text        not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    queued_at timestamptz not null,
    sent_at   timestamptz,
    attempts  integer     not null default 0,
    error     text
);
create index email_pending on notifications.email (delivery, queued_at) where status = 'PENDING';

-- Recent activity on standards, for the home page of those who follow them; parameters, not sentences.
create table notifications.activity (
    id          bigint generated always as identity primary key,
    event_id    uuid        not null unique,
    standard_id uuid        not null,
    kind        text        not null,
    params      jsonb       not null,
    at          timestamptz not null
);
create index activity_by_standard on notifications.activity (standard_id, at desc);
