-- A member may send a suggestion rather than a complaint: counted apart, never in the complaint figures. Rows of
-- complaints recorded before suggestions existed are complaints.
alter table complaint_figure
    add column kind varchar(20) not null default 'COMPLAINT';
