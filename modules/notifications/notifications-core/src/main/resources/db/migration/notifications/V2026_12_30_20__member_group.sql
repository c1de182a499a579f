-- The member's stakeholder group, so that the group a member is put in at admission is not told as a change.
alter table notifications.member add column group_code text;
