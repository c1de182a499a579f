-- The language and time zone a member reads Accord in; null until they choose (the browser's language, UTC).
alter table membership.member
    add column language  text check (language in ('en', 'fr', 'de')),
    add column time_zone text check (length(time_zone) between 1 and 64);

-- A history line keeps the facts of the change, worded in each reader's language when shown, instead of an English
-- sentence. The facts of the lines written so far are read back from their sentences, which had one shape each.
alter table membership.member_change
    add column side          text check (side in ('US', 'EU', 'OBSERVER')),
    add column group_name    text,
    add column roles         text,
    add column voting_rights boolean;

update membership.member_change c
   set group_name = parsed.facts[1], side = parsed.facts[2], roles = replace(parsed.facts[3], ', ', ',')
  from (select id, regexp_match(summary, '^Admitted to (.*) on the (US|EU|OBSERVER) side as (.*)$') as facts
          from membership.member_change
         where kind = 'MemberAdmitted') parsed
 where c.id = parsed.id
   and parsed.facts is not null;

update membership.member_change
   set roles = replace(substring(summary from '^Roles: (.*)$'), ', ', ',')
 where kind = 'MemberRolesChanged';

update membership.member_change
   set voting_rights = (summary = 'Voting rights granted')
 where kind = 'VotingRightsChanged';

alter table membership.member_change drop column summary;
