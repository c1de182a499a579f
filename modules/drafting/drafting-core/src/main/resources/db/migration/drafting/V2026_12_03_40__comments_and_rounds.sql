-- The review comments a revision says it answers: ids only, checked against review when saved; review owns the
-- comments themselves. Revisions saved before comments existed answer none.
alter table drafting.clause_revision add column answers_comments uuid[] not null default '{}';

-- Comment rounds drafting heard of from review. A closed round on a standard's latest draft version with comments
-- still waiting for a disposition holds the standard at committee draft. After its close the count only falls, so a
-- late or replayed event can never raise it again.
create table drafting.review_round (
    round_id         uuid primary key,
    standard_id      uuid    not null,
    draft_version_id uuid    not null,
    title            text    not null,
    closed           boolean not null,
    undisposed       integer not null
);
create index review_round_by_version on drafting.review_round (draft_version_id);
