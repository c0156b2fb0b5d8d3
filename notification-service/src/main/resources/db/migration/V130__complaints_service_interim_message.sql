-- The first interim message an officer sent the member when the complaints service's result was late: once the
-- member was told why and when, no late notice follows at the breach of the 21 working days.
alter table complaint_file add column complaints_service_interim_event uuid;
