-- Issue 11: one transactional outbox for everything intake publishes (accepted complaints, escalations,
-- declined submissions). A request writes its message here in its own transaction and is answered 202
-- once that commits; a relay publishes what is pending, in order per complaint, with the same message id
-- on every attempt, and marks it published. The submission and escalation rows stay the idempotency
-- records (same key, same receipt); whether their message reached Kafka is the outbox's business alone.
create table outbox_message (
    position     bigserial    primary key,        -- the order messages are published in (per complaint)
    message_id   uuid         not null unique,    -- the message's metadata.messageId: consumers dedupe on it
    topic        varchar(100) not null,
    message_key  varchar(100) not null,           -- the Kafka key: the complaint id
    message_type varchar(50)  not null,
    message      jsonb        not null,           -- exactly what is published, in its topic's shape
    created_at   timestamptz  not null,
    published_at timestamptz,
    attempts     integer      not null default 0,
    last_error   varchar(500)
);
create index outbox_message_pending on outbox_message (position) where published_at is null;
create index outbox_message_pending_key on outbox_message (message_key, position) where published_at is null;

-- An escalation left PENDING by a Kafka outage lost to another escalation of its complaint that was
-- published: a retry would have been refused (already escalated), so it was never accepted.
delete from escalation_request pending
where pending.status = 'PENDING'
  and exists (select 1 from escalation_request other
              where other.complaint_id = pending.complaint_id and other.status = 'PUBLISHED');
-- Of several PENDING escalations of one complaint, only the first could have been published.
delete from escalation_request later
where later.status = 'PENDING'
  and exists (select 1 from escalation_request earlier
              where earlier.complaint_id = later.complaint_id and earlier.status = 'PENDING'
                and (earlier.created_at, earlier.request_id) < (later.created_at, later.request_id));

-- What was stored but never acknowledged by Kafka (the caller got a 503) is published now, once, with the
-- message id it was stored with; a retry with its key is answered with its receipt.
insert into outbox_message (message_id, topic, message_key, message_type, message, created_at)
select message_id, 'complaints.submissions.v1', complaint_id::text, message_type, message, created_at
from (select submission_id as message_id, complaint_id, 'ComplaintSubmitted' as message_type, message, created_at
      from submission where status = 'PENDING'
      union all
      select request_id, complaint_id, 'EscalationRequested', message, created_at
      from escalation_request where status = 'PENDING') pending
order by created_at, message_id;

-- Stored means accepted: a submission or escalation is answered 202 once its row and its outbox message commit.
alter table submission drop column status, drop column published_at;
alter table escalation_request drop column status, drop column published_at;

-- One escalation per complaint: the rule (never escalated twice) is checked under the complaint's lock, and
-- this holds it for two requests of a complaint intake does not track yet.
create unique index escalation_request_one_per_complaint on escalation_request (complaint_id);
drop index escalation_request_complaint;
