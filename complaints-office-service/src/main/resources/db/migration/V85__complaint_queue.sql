-- Each complaint's place in the departments' queues, for the staff's lists (complaint/query/ComplaintQueueProjection):
-- where it is and how it stands, nothing personal (the reference is the platform's own number). Rebuilt from
-- the event store by its tracking processor, which starts at the beginning of the store.
create table complaint_queue (
    complaint_id    uuid         primary key,
    reference       varchar(100),
    status          varchar(40)  not null,
    department      varchar(60),
    received_at     timestamptz  not null,
    last_changed_at timestamptz  not null
);
create index complaint_queue_department on complaint_queue (department, last_changed_at desc);
create index complaint_queue_last_changed on complaint_queue (last_changed_at desc);
