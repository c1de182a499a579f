-- Why an export failed is kept as a code and its parameters, and shown in each reader's language; the English sentence
-- it was stored as goes. Old sentences are read back into their code: the found and the frozen hash of a text that was
-- altered, the label of a version whose text had not arrived, the schema problems of an invalid export, and any other
-- error's own words.
alter table publishing.export add column failure_code text, add column failure_parameters text;

update publishing.export set
    failure_code = case
        when failure ~ '^The text publishing holds for version \S+ hashes to \S+, not to the frozen \S+$'
            then 'TEXT_ALTERED'
        when failure ~ '^The text of .* has not fully reached publishing yet; try again in a moment\.$'
            then 'TEXT_INCOMPLETE'
        when failure ~ '^The \S+ export is not valid against its schema:\n' then 'INVALID'
        else 'ERROR'
    end,
    failure_parameters = case
        when failure ~ '^The text publishing holds for version \S+ hashes to \S+, not to the frozen \S+$'
            then to_json(regexp_match(failure, '^The text publishing holds for version \S+ hashes to (\S+), not to the frozen (\S+)$'))::text
        when failure ~ '^The text of .* has not fully reached publishing yet; try again in a moment\.$'
            then to_json(regexp_match(failure, '^The text of (.*) has not fully reached publishing yet; try again in a moment\.$'))::text
        when failure ~ '^The \S+ export is not valid against its schema:\n'
            then to_json(regexp_match(failure, '^The \S+ export is not valid against its schema:\n(.*)$'))::text
        else to_json(array[coalesce(failure, '')])::text
    end
where status = 'FAILED';

alter table publishing.export drop column failure;
alter table publishing.export add constraint export_failure_has_code
    check ((status = 'FAILED') = (failure_code is not null));
