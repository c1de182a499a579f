-- A closed ballot's summary and its checks' explanations are worded when shown, in the reader's language, from what
-- closing recorded: the tallies, the rule and each check's outcome. The English sentences stored until now go; every
-- one of them can be worded again from those facts.
alter table voting.ballot drop column summary;
alter table voting.ballot_check drop column explanation;

-- A ballot its clock closed at its closing time kept "the ballot's clock" and "Closing time reached" as who closed it and
-- why, in English. It now keeps neither: the page says so in the reader's language. Only a moderator who closes or
-- cancels a ballot is named, with the reason they typed.
update voting.ballot set closed_by = null, close_reason = null
where status = 'CLOSED' and closed_by = 'the ballot''s clock' and close_reason = 'Closing time reached';

-- A ballot on a draft version that its moderator did not title is titled after the version when shown.
alter table voting.ballot alter column title drop not null;
update voting.ballot b set title = null
from voting.draft_version v
where b.draft_version_id = v.id and b.title = 'Approval of ' || v.reference || ' ' || v.label;
