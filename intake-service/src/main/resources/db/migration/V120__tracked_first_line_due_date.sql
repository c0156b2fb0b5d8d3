-- The first line's target date of each complaint, as its file states it (set by intake at receipt): once it has
-- passed without an answer, the member may escalate. Null for complaints reported before it was kept.
alter table tracked_complaint add column first_line_due_date date;
