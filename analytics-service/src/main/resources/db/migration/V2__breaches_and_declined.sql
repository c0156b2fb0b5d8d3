-- Each line that missed its due date, once per complaint: how often the policy's promises are broken.
create table sla_breach_figure (
    complaint_id uuid        not null,
    line         varchar(30) not null,
    due_date     date,
    breached_at  timestamptz not null,
    primary key (complaint_id, line)
);

-- Submissions the policy does not handle (anonymous, not about the insurer, about a Médecin-Conseil):
-- counted without anything personal.
create table declined_submission (
    submission_id uuid        primary key,
    channel       varchar(20),
    category      varchar(60),
    language      varchar(2),
    reason        varchar(40) not null,
    declined_on   date        not null
);
create index declined_submission_on on declined_submission (declined_on);
