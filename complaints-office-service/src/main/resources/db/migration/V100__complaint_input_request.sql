-- The complaints service's requests for a department's input (complaint/query/DepartmentInputProjection): which
-- department is asked about which complaint, and whether it replied, so the department's queue page can list the
-- escalated complaints awaiting its input (they are no longer in its queue). Nothing personal: the question and
-- the reply stay sealed in the complaint's events. Rebuilt from the event store with the queues (complaint-queue).
create table complaint_input_request (
    input_request_id uuid         primary key,
    complaint_id     uuid         not null,
    department       varchar(60)  not null,
    requested_at     timestamptz  not null,
    replied_at       timestamptz
);
create index complaint_input_request_awaited on complaint_input_request (department, requested_at)
    where replied_at is null;
