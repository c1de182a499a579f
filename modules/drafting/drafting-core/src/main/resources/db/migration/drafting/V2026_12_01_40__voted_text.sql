-- The fingerprint of each version's text (SHA-256 over its canonical JSON, see ContentHash). Versions published before
-- it existed get theirs from the application at start-up.
alter table drafting.draft_version add column content_hash text;

-- When the standard entered its current stage: approval needs a ballot opened after the consensus draft was reached.
alter table drafting.standard add column stage_since timestamptz;
update drafting.standard s set stage_since = coalesce(
    (select max(c.at) from drafting.standard_change c where c.standard_id = s.id and c.kind = 'StageChanged'),
    s.created_at);
alter table drafting.standard alter column stage_since set not null;

-- What voting recorded when the ballot opened, and the one stage change each ballot may carry.
alter table drafting.ballot_result add column content_hash text;
alter table drafting.ballot_result add column opened_at timestamptz;
alter table drafting.ballot_result add column carried_stage text;
alter table drafting.ballot_result add column carried_at timestamptz;

-- Ballots on draft versions, open until ended_at: a standard's text is frozen while one is open on its latest version.
-- A ballot that ended is kept, so that its opening, delivered again late (a replay), cannot open it a second time.
create table drafting.version_ballot (
    ballot_id        text primary key,
    draft_version_id uuid,
    opened_at        timestamptz,
    ended_at         timestamptz
);
create index version_ballot_open on drafting.version_ballot (draft_version_id) where ended_at is null;
