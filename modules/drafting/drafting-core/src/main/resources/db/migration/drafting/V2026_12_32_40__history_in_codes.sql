-- A history line keeps what happened (kind) and the facts it names (params), never a sentence: it is worded in the
-- reader's language when shown (HistoryLine). Lines written before are read back from their English wording; a line
-- whose wording cannot be read keeps it as its only fact, "summary", and is shown as it was.
alter table drafting.standard_change add column params jsonb;

update drafting.standard_change c set params = jsonb_build_object('reference', s.reference, 'title', s.title)
from drafting.standard s
where c.kind = 'StandardCreated' and s.id = c.standard_id and c.summary = 'Created ' || s.reference || ' ' || s.title;

update drafting.standard_change set params = jsonb_build_object('editors', substr(summary, length('Editors: ') + 1))
where kind = 'EditorsChanged' and summary like 'Editors: %';

update drafting.standard_change c set params = jsonb_build_object('kind', upper(m[1]), 'heading', m[2])
from (select id, regexp_match(summary, '^Added (section|clause|note|example|term|annex) "(.*)"$') as m
      from drafting.standard_change where kind = 'ClauseAdded') parsed
where c.id = parsed.id and parsed.m is not null;

update drafting.standard_change c set params = jsonb_build_object('heading', m[1], 'revision', m[2],
        'answered', coalesce(m[3], '0'))
from (select id, regexp_match(summary, '^Revised "(.*)" \(revision (\d+)\)(?:, answering (\d+) comments?)?$') as m
      from drafting.standard_change where kind = 'ClauseRevised') parsed
where c.id = parsed.id and parsed.m is not null;

update drafting.standard_change c set params = jsonb_build_object('heading', m[1])
from (select id, regexp_match(summary, '^Moved "(.*)"$') as m
      from drafting.standard_change where kind = 'ClauseMoved') parsed
where c.id = parsed.id and parsed.m is not null;

update drafting.standard_change c set params = jsonb_build_object('heading', m[1], 'subclauses', coalesce(m[2], '0'))
from (select id, regexp_match(summary, '^Removed "(.*)"(?: and its (\d+) subclauses)?$') as m
      from drafting.standard_change where kind = 'ClauseRemoved') parsed
where c.id = parsed.id and parsed.m is not null;

update drafting.standard_change c set params = jsonb_build_object('heading', m[1])
from (select id, regexp_match(summary, '^Suggested new text for "(.*)"$') as m
      from drafting.standard_change where kind = 'SuggestionMade') parsed
where c.id = parsed.id and parsed.m is not null;

update drafting.standard_change c set params = jsonb_build_object('accepted', (m[1] = 'Accepted')::text,
        'author', m[2])
from (select id, regexp_match(summary, '^(Accepted|Declined) the suggestion of (.*)$') as m
      from drafting.standard_change where kind = 'SuggestionDecided') parsed
where c.id = parsed.id and parsed.m is not null;

update drafting.standard_change c set params = jsonb_build_object('label', m[1], 'clauses', m[2])
from (select id, regexp_match(summary, '^Published (.*) \((\d+) clauses\)$') as m
      from drafting.standard_change where kind = 'DraftVersionPublished') parsed
where c.id = parsed.id and parsed.m is not null;

update drafting.standard_change c set params = jsonb_strip_nulls(jsonb_build_object(
        'from', upper(replace(m[1], ' ', '_')), 'to', upper(replace(m[2], ' ', '_')),
        'ballot', m[3], 'ballotVersion', m[4]))
from (select id, regexp_match(summary, '^Moved from (Working draft|Committee draft|Consensus draft|Approved|Published'
              || '|Withdrawn) to (Working draft|Committee draft|Consensus draft|Approved|Published|Withdrawn)'
              || '(?: \(ballot (.*) on (.*)\))?$') as m
      from drafting.standard_change where kind = 'StageChanged') parsed
where c.id = parsed.id and parsed.m is not null;

update drafting.standard_change set params = jsonb_build_object('summary', summary) where params is null;

-- An accepted suggestion's revision kept "Accepted the suggestion of <author>[, made on revision m, onto revision n]:
-- <reason>" as its rationale, and its history line that as its reason. Both now keep the editor's reason alone: the
-- revision names its suggestion, whose author and base revision say the rest in the reader's language.
update drafting.standard_change c set params = c.params || jsonb_build_object('suggestedBy', s.author),
        reason = s.decision_reason
from drafting.clause_revision r join drafting.suggestion s on s.id = r.suggestion_id and s.revision_id = r.id
where c.kind = 'ClauseRevised' and c.params ->> 'revision' is not null and r.clause_id = c.clause_id
  and r.number = (c.params ->> 'revision')::integer and s.decision_reason is not null
  and c.reason like 'Accepted the suggestion of %';

update drafting.clause_revision r set rationale = s.decision_reason
from drafting.suggestion s
where s.id = r.suggestion_id and s.revision_id = r.id and s.decision_reason is not null
  and r.rationale like 'Accepted the suggestion of %';

alter table drafting.standard_change alter column params set not null;
alter table drafting.standard_change drop column summary;

-- A round heard of without a title was stored as "(untitled)"; it is now stored blank and named in the reader's
-- language where a refusal mentions it.
update drafting.review_round set title = '' where title = '(untitled)';
