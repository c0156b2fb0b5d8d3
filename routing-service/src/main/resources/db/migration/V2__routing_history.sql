-- The routing history keeps every step: the rule decision, the escalation to the complaints service
-- and each reroute by staff, in the order the complaint's events came (recorded_order).
alter table routing_decision add column kind varchar(20) not null default 'RULE';
alter table routing_decision add column previous_department varchar(60);
alter table routing_decision add column source_message_id uuid;
alter table routing_decision add column causation_id varchar(255);
alter table routing_decision add column recorded_order bigserial;
drop index routing_decision_complaint;
create index routing_decision_complaint on routing_decision (complaint_id, recorded_order);
