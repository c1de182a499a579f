-- The hash of a draft version's text, as drafting published it; a ballot records the hash of the text it is on.
alter table voting.draft_version add column content_hash text;
alter table voting.ballot add column content_hash text;
alter table voting.ballot add column opened_at timestamptz;
update voting.ballot set opened_at = opens_at where status in ('OPEN', 'CLOSED', 'CANCELLED');

-- On a secret ballot, vote and vote_history say who voted and when, never how: positions live in the ballot box.
alter table voting.vote alter column position drop not null;
alter table voting.vote_history alter column position drop not null;

-- A secret ballot's own key, sealed under the application's ballot-box key; deleted when the ballot closes or is
-- cancelled, after which nothing in the database can tie a member to a paper.
create table voting.ballot_key (
    ballot_id   uuid primary key references voting.ballot (id),
    wrapped_key bytea not null
);

-- An open secret ballot's papers: each found by the HMAC of its voter's member id under the ballot key, and sealed
-- under that key.
create table voting.ballot_box (
    ballot_id uuid  not null references voting.ballot (id),
    voter_tag bytea not null,
    sealed    bytea not null,
    primary key (ballot_id, voter_tag)
);

-- A closed secret ballot's papers: positions and disapproval reasons in a random order, tied to no one.
create table voting.ballot_paper (
    ballot_id uuid    not null references voting.ballot (id),
    ordinal   integer not null,
    position  text    not null,
    reason    text,
    primary key (ballot_id, ordinal)
);

-- Published tallies: on a secret ballot, a side or group of too few voters has its counts withheld.
alter table voting.ballot_tally add column voted integer;
update voting.ballot_tally set voted = approve + approve_with_comments + disapprove + abstain;
alter table voting.ballot_tally alter column voted set not null;
alter table voting.ballot_tally add column withheld boolean not null default false;
alter table voting.ballot_tally alter column approve drop not null;
alter table voting.ballot_tally alter column approve_with_comments drop not null;
alter table voting.ballot_tally alter column disapprove drop not null;
alter table voting.ballot_tally alter column abstain drop not null;

-- Whether the rule held in each scope it checks, as published at close.
create table voting.ballot_check (
    ballot_id   uuid    not null references voting.ballot (id),
    ordinal     integer not null,
    scope       text    not null,
    holds       boolean not null,
    explanation text,
    primary key (ballot_id, ordinal)
);

-- Secret ballots closed before ballot boxes existed: their papers lose their voters; side and group tallies and the
-- summary, which named the scopes still short of approvals, give way to what the minimum number of voters allows; the
-- result events they published keep only the overall tally.
insert into voting.ballot_paper (ballot_id, ordinal, position, reason)
select v.ballot_id, row_number() over (partition by v.ballot_id order by random()), v.position,
    case when v.position in ('DISAPPROVE', 'APPROVE_WITH_COMMENTS') then v.reason end
from voting.vote v join voting.ballot b on b.id = v.ballot_id
where b.secret and b.status = 'CLOSED' and v.position is not null;
update voting.ballot_tally t set withheld = true, approve = null, approve_with_comments = null, disapprove = null,
    abstain = null
from voting.ballot b where b.id = t.ballot_id and b.secret and t.scope <> 'overall';
update voting.ballot set summary = case when passed then 'Passes' else 'Does not pass' end
where secret and status = 'CLOSED';
update voting.outbox o set payload = (o.payload::jsonb || jsonb_build_object('summary',
        case when (o.payload::jsonb ->> 'passed')::boolean then 'Passes' else 'Does not pass' end,
        'sides', '[]'::jsonb, 'groups', '[]'::jsonb))::text
from voting.ballot b
where o.event_type = 'accord.voting.BallotClosed' and b.secret and b.id::text = o.payload::jsonb ->> 'ballotId';
update voting.vote v set position = null, reason = null
from voting.ballot b where b.id = v.ballot_id and b.secret and b.status in ('CLOSED', 'CANCELLED');
update voting.vote_history h set position = null, reason = null
from voting.ballot b where b.id = h.ballot_id and b.secret and b.status in ('CLOSED', 'CANCELLED');
