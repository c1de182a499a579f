-- The language and time zone of e-mails follow the member's profile unless the member chose others for their e-mails:
-- a null column follows the profile. The settings form used to start at English and UTC, so those values cannot be
-- told from a member who never chose: they follow the profile from now on; any other value stays the member's choice.
alter table notifications.settings alter column language drop not null, alter column language drop default,
    alter column time_zone drop not null, alter column time_zone drop default;
update notifications.settings set language = null where language = 'en';
update notifications.settings set time_zone = null where time_zone = 'UTC';
delete from notifications.settings where language is null and time_zone is null;
