-- Issue 4: the policy at the door, escalations by reference, possible duplicates, the member registry.

-- A complaint addressed to the complaints service about a matter never brought to the first line is
-- registered with the first line; its receipt says so, also when it is repeated.
alter table submission add column passed_to_first_line boolean not null default false;

-- Possible duplicates: a member's (data subject's) recent complaints in a category.
create index submission_by_subject on submission ((message -> 'member' ->> 'dataSubjectId'), created_at);

-- Escalations intake accepted, with the EscalationRequested each publishes (the reason sealed under the
-- complaint's key). PENDING until Kafka acknowledged it, then PUBLISHED, as for submissions.
create table escalation_request (
    request_id          uuid         primary key,  -- also the message id of the EscalationRequested
    idempotency_key     varchar(100) unique,
    complaint_id        uuid         not null,
    reference           varchar(30)  not null,
    request_fingerprint char(64),                  -- HMAC-SHA256 (hex) under the complaint's key
    status              varchar(20)  not null check (status in ('PENDING', 'PUBLISHED')),
    message             jsonb        not null,
    created_at          timestamptz  not null,
    published_at        timestamptz
);
create index escalation_request_complaint on escalation_request (complaint_id);

-- Where each complaint stands, from complaints.events.v1: enough to check an escalation, nothing personal.
create table tracked_complaint (
    complaint_id           uuid         primary key,
    reference              varchar(30),
    data_subject_id        uuid,         -- the member's pseudonym in the key vault
    received_at            timestamptz,
    first_line_answered_at timestamptz,
    escalated_at           timestamptz,
    closed_at              timestamptz,
    updated_at             timestamptz  not null
);
create index tracked_complaint_reference on tracked_complaint (reference);

-- Events of complaints.events.v1 already applied (service-support's ProcessedMessages).
create table processed_message (
    message_id   uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (message_id, consumer)
);

-- The member registry: a stand-in for the insurer's member system (its master data, not complaint
-- data), kept to what intake needs: the number exists, the member's language, a postal city when
-- letters reach the member. The local stack seeds demo members (db/demo).
create schema member_registry;
create table member_registry.member (
    member_number varchar(13)  primary key check (member_number ~ '^[0-9]{9,13}$'),
    language      varchar(2)   not null check (language in ('fr', 'nl', 'de')),
    postal_city   varchar(100)
);
