-- Balance alerts and their notices name the rule by its kind and threshold, worded in each reader's language, instead of
-- stakeholders' English words. Those words are one of two sentences, read back here; a rule worded otherwise keeps only
-- its id. The finding's words stay with stakeholders, whose balance page the alerts link to.
alter table notifications.balance_alert add column rule_kind text, add column threshold_percent integer;
update notifications.balance_alert
   set rule_kind = 'MAX_GROUP_SHARE',
       threshold_percent = (regexp_match(rule, '^\s*No stakeholder group above (\d{1,3}) ?% of voting members\s*$'))[1]::integer
 where rule ~ '^\s*No stakeholder group above \d{1,3} ?% of voting members\s*$';
update notifications.balance_alert
   set rule_kind = 'MIN_SIDE_SHARE',
       threshold_percent = (regexp_match(rule, '^\s*Each side \([^)]*\) at least (\d{1,3}) ?% of voting members\s*$'))[1]::integer
 where rule ~ '^\s*Each side \([^)]*\) at least \d{1,3} ?% of voting members\s*$';
alter table notifications.balance_alert drop column rule, drop column finding;

update notifications.notice
   set params = (params - 'rule') || jsonb_build_object('ruleKind', 'MAX_GROUP_SHARE', 'threshold',
       (regexp_match(params ->> 'rule', '^\s*No stakeholder group above (\d{1,3}) ?% of voting members\s*$'))[1])
 where kind = 'BALANCE_ALERT' and params ->> 'rule' ~ '^\s*No stakeholder group above \d{1,3} ?% of voting members\s*$';
update notifications.notice
   set params = (params - 'rule') || jsonb_build_object('ruleKind', 'MIN_SIDE_SHARE', 'threshold',
       (regexp_match(params ->> 'rule', '^\s*Each side \([^)]*\) at least (\d{1,3}) ?% of voting members\s*$'))[1])
 where kind = 'BALANCE_ALERT' and params ->> 'rule' ~ '^\s*Each side \([^)]*\) at least \d{1,3} ?% of voting members\s*$';
update notifications.notice set params = params - 'rule' where kind = 'BALANCE_ALERT' and params ->> 'rule' is not null;
