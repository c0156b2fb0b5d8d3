-- Every display of a complaint's personal data to a member of staff: who, when, which complaint, why.
create table personal_data_access (
    access_id    uuid         primary key,
    complaint_id uuid         not null,
    accessed_by  varchar(100) not null,
    accessed_at  timestamptz  not null,
    purpose      varchar(20)  not null
);
create index personal_data_access_complaint on personal_data_access (complaint_id, accessed_at);
create index personal_data_access_by on personal_data_access (accessed_by, accessed_at);

-- When each complaint was closed (null while open or reopened by an escalation), for the retention job.
create table complaint_closure (
    complaint_id          uuid        primary key,
    closed_at             timestamptz,
    personal_data_erased  boolean     not null default false
);
create index complaint_closure_due on complaint_closure (closed_at) where not personal_data_erased;
