-- A member may send a suggestion rather than a complaint; a suggestion is never escalated to the complaints service,
-- and intake tells the member so at once. Complaints tracked before suggestions existed are complaints.
alter table tracked_complaint
    add column kind varchar(20) not null default 'COMPLAINT';
