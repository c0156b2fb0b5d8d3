-- The queues as staff work them (complaint/query/ComplaintQueueProjection): by the due date of the line in charge,
-- overdue first, filtered by status, SLA state, channel and category, searchable by reference, member number and
-- name, paged by keyset (due_date, complaint_id).
--
-- The member number and the names are personal data: only blind indexes are kept (keyed HMACs under a secret of
-- the key vault, see personal-data PersonalData#nameSearchHash), removed when the member's data is erased.
--
-- The new columns come from events already stored: the read model is emptied and its tracking processor's token
-- deleted, so the processor replays the event store from its start when the service starts.
truncate complaint_queue;
delete from token_entry where processor_name = 'complaint-queue';

alter table complaint_queue
    add column queue              varchar(60),
    add column channel            varchar(20),
    add column category           varchar(60),
    add column member_number_hash char(64),
    add column last_name_hash     char(64),
    add column full_name_hash     char(64),
    add column due_date           date        not null,
    add column sla_state          varchar(10) not null default 'PENDING',
    add column escalated          boolean     not null default false,
    add column closed             boolean     not null default false;

drop index complaint_queue_department;
drop index complaint_queue_last_changed;

-- The queue a complaint is in: COMPLAINTS_SERVICE once escalated (or when routing gave it to the complaints service
-- from the start), otherwise its department's; null while not routed. One index serves every queue's order, so
-- that a page is an index range scan that stops after its rows whatever the size; the other serves the officers'
-- list of every complaint. The open ones first: a queue hides its closed complaints unless asked.
create index complaint_queue_order on complaint_queue (queue, closed, due_date, complaint_id);
create index complaint_queue_every_complaint_order on complaint_queue (closed, due_date, complaint_id);

-- Search: a reference exactly or by its beginning; a member by the blind index of their number or name.
create index complaint_queue_reference on complaint_queue (reference varchar_pattern_ops);
create index complaint_queue_member_number on complaint_queue (member_number_hash) where member_number_hash is not null;
create index complaint_queue_last_name on complaint_queue (last_name_hash) where last_name_hash is not null;
create index complaint_queue_full_name on complaint_queue (full_name_hash) where full_name_hash is not null;
