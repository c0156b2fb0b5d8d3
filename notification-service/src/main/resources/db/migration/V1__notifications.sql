-- Whom to write to about each complaint, from its ComplaintReceived. Personal data: kept only to write to the member.
create table recipient (
    complaint_id  uuid         primary key,
    reference     varchar(40)  not null,
    first_name    varchar(100),
    last_name     varchar(100),
    email         varchar(320),
    language      varchar(2)   not null check (language in ('fr', 'nl', 'de')),
    registered_at timestamptz  not null
);

-- Every message sent or tried. The unique key makes a redelivered or replayed event send nothing twice.
create table delivery (
    delivery_id       uuid         primary key,
    source_message_id uuid         not null,
    complaint_id      uuid         not null,
    type              varchar(40)  not null,
    template          varchar(60)  not null,
    language          varchar(2)   not null check (language in ('fr', 'nl', 'de')),
    recipient         varchar(320) not null,
    subject           varchar(300) not null,
    status            varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts          integer      not null default 0,
    last_error        varchar(1000),
    created_at        timestamptz  not null,
    sent_at           timestamptz,
    constraint delivery_once unique (source_message_id, recipient, template)
);
create index delivery_complaint on delivery (complaint_id, created_at);

-- Message ids already applied: Kafka delivers at least once, recipients are recorded once.
create table processed_message (
    message_id   uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (message_id, consumer)
);
