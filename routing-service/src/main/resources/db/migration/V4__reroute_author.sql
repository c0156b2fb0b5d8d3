-- Who moved a complaint: the staff account behind a reroute (null for a rule's or the escalation's decision).
alter table routing_decision add column decided_by varchar(100);
