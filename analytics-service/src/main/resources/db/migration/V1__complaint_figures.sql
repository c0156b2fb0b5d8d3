-- One row per complaint with only what the improvement figures need. No personal data: no member,
-- no contact, no reference, no subject, description, answer or recommendation text.
create table complaint_figure (
    complaint_id uuid        primary key,
    -- null only while the complaint is known from a later event and its reception not yet seen
    status       varchar(40),
    channel      varchar(20),
    category     varchar(60),
    department   varchar(60),
    -- the reception instant as a date in the insurer's time zone (complaints.analytics.zone)
    received_on  date,
    escalated    boolean     not null default false,
    -- set when the complaints service answers: FOUNDED, PARTLY_FOUNDED or UNFOUNDED
    outcome      varchar(20),
    updated_at   timestamptz not null
);
create index complaint_figure_received_on on complaint_figure (received_on);

-- Each recommendation the complaints service made to a department, without its text.
create table recommendation_figure (
    recommendation_id uuid        primary key,
    complaint_id      uuid        not null,
    department        varchar(60),
    issued_at         timestamptz not null
);
create index recommendation_figure_complaint on recommendation_figure (complaint_id);

-- Message ids already applied: Kafka delivers at least once, figures count each event once.
create table processed_message (
    message_id   uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (message_id, consumer)
);
