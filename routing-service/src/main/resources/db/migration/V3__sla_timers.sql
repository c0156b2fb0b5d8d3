-- SLA timers: an Axon saga per complaint, its deadlines kept by db-scheduler, and each line's state for
-- the operations gauges. Created here, not by Axon or db-scheduler: bytea payloads, reviewed columns.

-- Axon's JDBC saga store (PostgresSagaSqlSchema with the snake_case names set in AxonConfiguration).
create table saga_entry (
    saga_id         varchar(255) not null primary key,
    revision        varchar(255),
    saga_type       varchar(255),
    serialized_saga bytea
);

create table association_value_entry (
    id                bigserial    primary key,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_id           varchar(255) not null,
    saga_type         varchar(255)
);
create index association_value_entry_saga on association_value_entry (saga_type, association_key, association_value);
create index association_value_entry_saga_id on association_value_entry (saga_id, saga_type);

-- Axon's JDBC token store, for tracking processors (the SLA saga's processor subscribes: see AxonConfiguration).
create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- db-scheduler 16 (PostgreSQL): Axon's deadlines, task 'AxonDeadline', persisted until they fire.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Each line's period of each complaint: open until the line answers. Kept by the saga.
create table sla_status (
    complaint_id uuid        not null,
    line         varchar(20) not null,
    department   varchar(60) not null,
    due_date     date        not null,
    state        varchar(20) not null,
    open         boolean     not null,
    updated_at   timestamptz not null,
    primary key (complaint_id, line)
);
create index sla_status_open on sla_status (state, department) where open;
