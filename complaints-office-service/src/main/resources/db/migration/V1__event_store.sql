-- Axon's event store, token store for tracking processors. Created here (not by Axon) so that the
-- schema is reviewed and versioned like any other: payloads as bytea (never large objects), and a
-- global index that grows by one so tracking processors see no artificial gaps.
create table domain_event_entry (
    global_index         bigserial    primary key,
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    primary key (aggregate_identifier, sequence_number, type)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);
