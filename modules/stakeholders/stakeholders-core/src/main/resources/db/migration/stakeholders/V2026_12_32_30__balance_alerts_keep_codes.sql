-- A balance alert keeps its rule's kind and threshold and what broke the rule (each group or side beyond the
-- threshold, with its share of voting members) instead of English sentences; pages say them in the reader's language.
alter table stakeholders.balance_alert
    add column kind              text check (kind in ('MAX_GROUP_SHARE', 'MIN_SIDE_SHARE')),
    add column threshold_percent integer check (threshold_percent between 1 and 100),
    add column breaches          jsonb;

-- The sentences were written in one form only:
--   rule:    "No stakeholder group above 50% of voting members" | "Each side (US, EU) at least 40% of voting members"
--   finding: "INDUSTRY holds 62.5% of voting members (limit 50%); ACADEMIA holds …" (minimum instead of limit for sides)
-- An open alert's finding was rewritten with every change, its rule never: the finding's threshold is the later one.
update stakeholders.balance_alert alert set
    kind = case
               when alert.rule like 'No stakeholder group above %' then 'MAX_GROUP_SHARE'
               when alert.rule like 'Each side (%' then 'MIN_SIDE_SHARE'
               when alert.rule_id like 'max-group-share%' then 'MAX_GROUP_SHARE'
               when alert.rule_id like 'min-side-share%' then 'MIN_SIDE_SHARE'
           end,
    threshold_percent = coalesce(
        (regexp_match(alert.finding, '\((?:limit|minimum) ([0-9]+)%\)'))[1]::integer,
        (regexp_match(alert.rule, '([0-9]+)%'))[1]::integer),
    breaches = coalesce(
        (select jsonb_agg(jsonb_build_object('subject', found.part[1], 'share', found.part[2]::numeric)
                          order by found.n)
         from regexp_matches(alert.finding, '([A-Z][A-Z0-9_]*) holds ([0-9]+(?:\.[0-9]+)?)% of voting members', 'g')
              with ordinality as found(part, n)),
        '[]'::jsonb);

alter table stakeholders.balance_alert
    alter column kind set not null,
    alter column threshold_percent set not null,
    alter column breaches set not null,
    drop column rule,
    drop column finding;

-- The groups Accord starts with are named in each reader's language for as long as they keep the name they started
-- with; a group an administrator named or renamed keeps the name as written.
alter table stakeholders.stakeholder_group add column standard_name boolean not null default false;
update stakeholders.stakeholder_group set standard_name = true
where (code, name) in (('INDUSTRY', 'Industry'), ('ACADEMIA', 'Academia'), ('CIVIL_SOCIETY', 'Civil society'));
alter table stakeholders.stakeholder_group alter column standard_name drop default;
