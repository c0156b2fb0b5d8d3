-- The follow-up of each recommendation: accepted or rejected by its department, then implemented (the day it
-- took effect, from which its effect on later complaints is measured). No reason text: the figures hold none.
alter table recommendation_figure alter column issued_at drop not null;
alter table recommendation_figure add column accepted_at    timestamptz;
alter table recommendation_figure add column rejected_at    timestamptz;
alter table recommendation_figure add column implemented_on date;
create index recommendation_figure_department on recommendation_figure (department);
