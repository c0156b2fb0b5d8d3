-- What each member of staff chose in the office's pages, by the username of their token: the language of the
-- pages (fr, nl), kept across sessions. Nothing about members of the insurer.
create table staff_preference (
    username   varchar(200) primary key,
    language   varchar(5)   not null check (language in ('fr', 'nl')),
    updated_at timestamptz  not null
);
