-- Every submission intake accepted, with the message it publishes: the idempotency record and the
-- proof of what was sent. PENDING until Kafka acknowledged the message, then PUBLISHED.
create table submission (
    submission_id   uuid         primary key,  -- also the message id of the ComplaintSubmitted
    idempotency_key varchar(100) unique,       -- the caller's Idempotency-Key; null when none was sent
    complaint_id    uuid         not null unique,
    reference       varchar(30)  not null unique,
    request_hash    char(64)     not null,     -- SHA-256 (hex) of the request's canonical JSON
    status          varchar(20)  not null check (status in ('PENDING', 'PUBLISHED')),
    message         jsonb        not null,
    created_at      timestamptz  not null,
    published_at    timestamptz
);
create index submission_pending on submission (created_at) where status = 'PENDING';

-- The last number handed out per year (Europe/Brussels), for references PL-<year>-<number>.
create table reference_counter (
    year        integer primary key,
    last_number integer not null
);
