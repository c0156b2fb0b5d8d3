-- What the service knows of each complaint besides its member's contact details: facts only, nothing
-- personal. Staff messages name the department in charge; member messages state due dates; a delay
-- notice goes out once per line, and only while that line has not answered.
create table complaint_file (
    complaint_id                   uuid        primary key,
    reference                      varchar(40) not null,
    language                       varchar(2)  not null check (language in ('fr', 'nl', 'de')),
    received_at                    timestamptz,
    first_line_due_date            date,
    department                     varchar(60),
    first_line_answered_at         timestamptz,
    escalated_at                   timestamptz,
    complaints_service_due_date    date,
    complaints_service_answered_at timestamptz,
    -- the SLA event that asked for the line's delay notice: the only one that may send it
    first_line_delay_event         uuid,
    complaints_service_delay_event uuid,
    recorded_at                    timestamptz not null
);
insert into complaint_file (complaint_id, reference, language, recorded_at)
select complaint_id, reference, language, registered_at from recipient;

-- The delivery log becomes the outbox of every message, member or staff, email or letter:
-- * the rendered message is archived sealed with the complaint's key (it greets the member by name, or
--   quotes staff texts), so it can be retried later, shown to staff, and is shredded with the key;
-- * failed sends are retried with back-off (attempts, next_attempt_at) until the last attempt, then DEAD;
-- * each status that matters to the complaint's timeline is published once it is committed
--   (published_status catches up with status).
alter table delivery drop constraint delivery_status_check;
alter table delivery
    -- staff messages are written in French and Dutch at once: no single language
    alter column language drop not null,
    alter column status type varchar(20),
    add column recipient_kind    varchar(10) not null default 'MEMBER' check (recipient_kind in ('MEMBER', 'STAFF')),
    add column channel           varchar(10) not null default 'EMAIL' check (channel in ('EMAIL', 'LETTER')),
    -- a department's mailbox, from configuration; never a member's address (that is recipient_sealed)
    add column recipient_address varchar(320),
    add column correlation_id    varchar(200),
    add column text_sealed       text,
    add column html_sealed       text,
    add column next_attempt_at   timestamptz,
    add column status_changed_at timestamptz,
    add column published_status  varchar(20),
    add constraint delivery_status_check
        check (status in ('PENDING', 'SENT', 'FAILED', 'DEAD', 'QUEUED_FOR_PRINT', 'SUPPRESSED'));
update delivery set status_changed_at = coalesce(sent_at, created_at);
-- Messages from before this migration carry no archived text to send again: a redelivery of their event
-- renders them anew. Their history is not replayed onto the new deliveries topic.
update delivery set next_attempt_at = null, published_status = status;
alter table delivery alter column status_changed_at set not null;

create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'FAILED');
create index delivery_dead on delivery (status_changed_at) where status = 'DEAD';
create index delivery_unpublished on delivery (status_changed_at) where published_status is distinct from status;

-- Letters for members without an email address, waiting to be printed and posted. The PDF names the
-- member: it is kept only sealed with the complaint's key, and deleted once the personal data is erased.
create table print_queue (
    letter_id    uuid        primary key references delivery (delivery_id),
    complaint_id uuid        not null,
    reference    varchar(40) not null,
    type         varchar(40) not null,
    language     varchar(2)  not null check (language in ('fr', 'nl', 'de')),
    pages        integer     not null,
    pdf_sealed   text,
    queued_at    timestamptz not null,
    printed_at   timestamptz,
    printed_by   varchar(100),
    withdrawn_at timestamptz
);
create index print_queue_waiting on print_queue (queued_at) where printed_at is null and withdrawn_at is null;
create index print_queue_complaint on print_queue (complaint_id);
