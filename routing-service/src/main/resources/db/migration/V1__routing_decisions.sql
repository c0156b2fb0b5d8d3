-- Every routing decision, with the rule that made it: the history staff see when a complaint moves.
create table routing_decision (
    decision_id  uuid         primary key,
    complaint_id uuid         not null,
    category     varchar(60),
    department   varchar(60)  not null,
    rule         varchar(100) not null,
    decided_at   timestamptz  not null
);
create index routing_decision_complaint on routing_decision (complaint_id, decided_at);

-- Message ids already applied: Kafka delivers at least once, decisions are made once.
create table processed_message (
    message_id   uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (message_id, consumer)
);
