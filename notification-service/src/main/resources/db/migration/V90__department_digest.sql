-- Department mailboxes receive a daily digest of the complaints that entered their queue, instead of one mail per
-- complaint (complaints.notification.department-mail=DIGEST).
--
-- The digest lists each complaint's channel and category: facts of the complaint, nothing personal. Complaints
-- recorded before this migration have none (the digest shows a dash).
alter table complaint_file
    add column channel  varchar(20),
    add column category varchar(100);

-- Each assignment of a complaint to a department, waiting for that department's next digest, then the digest that
-- listed it. Keyed by the ComplaintRouted event: a redelivered event records nothing more. A reroute withdraws the
-- assignment that was still waiting (the complaint is no longer the old department's) and records the new one.
-- digest_id is the digest's delivery, recorded in the same transaction that sets it: an assignment is listed once,
-- and never marked listed without a delivery that carries it.
create table department_digest_entry (
    routing_message_id uuid        primary key,
    complaint_id       uuid        not null,
    department         varchar(60) not null,
    routed_at          timestamptz not null,
    recorded_at        timestamptz not null,
    digest_id          uuid references delivery (delivery_id),
    included_at        timestamptz
);
create index department_digest_waiting on department_digest_entry (department, routed_at) where digest_id is null;
create index department_digest_complaint on department_digest_entry (complaint_id) where digest_id is null;
