-- The key vault: the only place personal data can be opened from. Everything here is wrapped by the
-- master key, which comes from the environment and is never stored. Destroying a row's key makes
-- every copy of the data it protects (event store, Kafka, other services' tables) unreadable at once.

-- Secrets of the vault itself (the key behind the member-number lookups), wrapped by the master key.
create table vault_secret (
    name          varchar(40)  primary key,
    wrapped_value bytea        not null,
    master_key_id varchar(40)  not null
);

-- One row per member (data subject): the member's key, wrapped by the master key.
create table data_subject (
    subject_id    uuid         primary key,
    -- HMAC of the member number under the vault's lookup secret: finds the member without storing the number.
    lookup        varchar(64)  not null,
    wrapped_key   bytea,       -- null once erased
    master_key_id varchar(40),
    created_at    timestamptz  not null,
    erased_at     timestamptz,
    erased_by     varchar(100)
);
-- A member has one live key; after an erasure a new complaint starts a new one.
create unique index data_subject_live_lookup on data_subject (lookup) where erased_at is null;
create index data_subject_lookup on data_subject (lookup, created_at);

-- One row per complaint: the complaint's key, wrapped by its member's key.
create table complaint_key (
    complaint_id uuid         primary key,
    subject_id   uuid         not null references data_subject (subject_id),
    wrapped_key  bytea,       -- null once erased or expired
    created_at   timestamptz  not null,
    expired_at   timestamptz  -- set when the retention period after closure ended
);
create index complaint_key_subject on complaint_key (subject_id);
