-- Message ids already applied (service-support's ProcessedMessages): Kafka delivers at least once, and a
-- message id is recorded in the transaction that stores the command's events, so a redelivered message
-- changes nothing whatever the complaint's state. Records older than the topics' retention are purged.
create table processed_message (
    message_id   uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (message_id, consumer)
);
create index processed_message_processed_at on processed_message (processed_at);
