-- A member may send a suggestion rather than a complaint: acknowledged with its own text (no answer deadline, no
-- appeal), and marked as a suggestion in the department's mail and digest. Files opened before suggestions existed
-- are complaints' files.
alter table complaint_file
    add column kind varchar(20) not null default 'COMPLAINT';
