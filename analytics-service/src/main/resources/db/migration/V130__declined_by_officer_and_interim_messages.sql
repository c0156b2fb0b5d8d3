-- A complaint an officer declined after registration (the policy does not handle it): why, as the member was
-- told (NOT_ABOUT_OUR_SERVICES or MEDICAL_ADVISOR, the reasons intake declines submissions for).
alter table complaint_figure add column declined_reason varchar(40);
-- The interim messages officers sent when the complaints service's result was late.
alter table complaint_figure add column interim_messages integer not null default 0;
