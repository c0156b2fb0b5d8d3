-- Crypto-shredding: no personal data in clear in this database. The member's contact details are kept
-- exactly as sealed in ComplaintReceived (opened only in memory, at send time, through the key vault),
-- so erasing the member's key in the vault makes them unreadable here too.
--
-- Contact details recorded in clear before this migration cannot be sealed here (the keys are in the
-- key vault, not in SQL): they are dropped. Those complaints are then treated as without email address.

alter table recipient
    drop column first_name,
    drop column last_name,
    drop column email,
    -- the member's pseudonym in the key vault; null only for complaints recorded before this migration
    add column data_subject_id        uuid,
    add column first_name_sealed      text,
    add column last_name_sealed       text,
    add column email_sealed           text,
    -- set when a PersonalDataErased event removed the sealed contact details; the row's facts stay
    add column contact_removed_at     timestamptz,
    add column contact_removal_cause  varchar(20)
        check (contact_removal_cause in ('ERASURE_REQUEST', 'RETENTION_EXPIRED'));

-- The delivery log names its recipient by a pseudonym (member:<data subject id>), not by address; the
-- address it was sent to is kept sealed, and removed with the rest of the member's contact details.
alter table delivery drop constraint delivery_once;
alter table delivery drop constraint delivery_status_check;
alter table delivery add column recipient_id varchar(60);
update delivery set recipient_id = 'legacy:' || delivery_id;
alter table delivery
    alter column recipient_id set not null,
    drop column recipient,
    add column recipient_sealed   text,
    -- why a message was not sent, e.g. 'personal data erased'
    add column suppression_reason varchar(100),
    add constraint delivery_status_check check (status in ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
    add constraint delivery_once unique (source_message_id, recipient_id, template);
