-- Schema version 3 of the published language nests a complaint's file under "file" in ComplaintSubmitted.
-- The messages kept here are read back (receipts, escalations by reference), republished while PENDING and
-- searched by member and category (possible duplicates): bring every stored one to the new shape, so that
-- one shape is stored, read and queried. A property the older message did not have stays absent.
update submission
set message = jsonb_set(
        (message - 'reference' - 'channel' - 'member' - 'category' - 'subject' - 'description' - 'product'
                 - 'agency' - 'receivedAt' - 'firstLineDueDate' - 'possibleDuplicateOf')
            || jsonb_build_object('file', coalesce(
                (select jsonb_object_agg(field.key, field.value)
                 from jsonb_each(message) as field
                 where field.key in ('reference', 'channel', 'member', 'category', 'subject', 'description',
                                     'product', 'agency', 'receivedAt', 'firstLineDueDate', 'possibleDuplicateOf')),
                '{}'::jsonb)),
        '{metadata,schemaVersion}', '3')
where not message ? 'file';

drop index submission_by_subject;
create index submission_by_subject on submission ((message -> 'file' -> 'member' ->> 'dataSubjectId'), created_at);
