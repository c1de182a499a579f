-- Balance rules are named by codes (such as min-side-share), not ids.
alter table notifications.balance_alert alter column rule_id type text;
