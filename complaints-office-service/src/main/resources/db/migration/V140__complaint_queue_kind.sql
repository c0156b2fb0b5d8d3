-- A member may send a suggestion rather than a complaint: the queues show it as such and can list suggestions or
-- complaints only. A suggestion has no answer deadline; its row keeps, in due_date, the day a complaint received
-- with it would be due, as its place in the queue's order only: it is never shown as a due date nor counted overdue.
-- Rows of complaints queued before suggestions existed are complaints.
alter table complaint_queue
    add column kind varchar(20) not null default 'COMPLAINT';
