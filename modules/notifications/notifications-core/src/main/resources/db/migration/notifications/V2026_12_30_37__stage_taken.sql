-- The ballots a stage change named. Drafting's and voting's events come on different topics, so a stage change can be
-- heard before the close of the ballot that allowed it; the ballot then never awaits it.
create table notifications.stage_taken (
    ballot_id uuid primary key
);
