-- The counts beside every queue page (complaint/query/QueueQueries#counts): the open complaints of each queue by
-- status, kept by the database as complaint_queue changes, in the same transaction as the change.
--
-- Why kept rather than counted on each page: an officer's page lists every queue, and counting them meant reading
-- every open row of complaint_queue on each page (about 100 ms with 100,000 complaints, the half of the page's
-- time). Why triggers rather than the projection adding and subtracting: a count is right only if every change of
-- a row's queue, status or closure moves it, and the row's old values are known for sure only here (the projection
-- sets values, it does not know what they were); a replay's truncate empties the counts with the rows.
--
-- The projection's processor has one thread: no two transactions move counts at once. (Were it given more, two
-- moves in opposite directions could deadlock; PostgreSQL would abort one and Axon would retry its batch.)
create table complaint_queue_count (
    queue      varchar(60) not null,
    status     varchar(40) not null,
    complaints bigint      not null,
    primary key (queue, status)
);

insert into complaint_queue_count (queue, status, complaints)
select queue, status, count(*) from complaint_queue where not closed and queue is not null group by queue, status;

-- Statement triggers over the statement's changed rows (transition tables): one grouped change of the counts per
-- statement, whether it moves one complaint (the projection, event by event) or a hundred thousand (a bulk load).
create function complaint_queue_count_moved() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into complaint_queue_count (queue, status, complaints)
        select queue, status, count(*) from arrived where not closed and queue is not null group by queue, status
        on conflict (queue, status) do update set complaints = complaint_queue_count.complaints + excluded.complaints;
    elsif tg_op = 'UPDATE' then
        insert into complaint_queue_count (queue, status, complaints)
        select queue, status, sum(change)
        from (select queue, status, 1 as change from arrived where not closed and queue is not null
              union all
              select queue, status, -1 from departed where not closed and queue is not null) as moves
        group by queue, status
        having sum(change) <> 0
        on conflict (queue, status) do update set complaints = complaint_queue_count.complaints + excluded.complaints;
    else
        update complaint_queue_count c set complaints = c.complaints - gone.complaints
        from (select queue, status, count(*) as complaints from departed where not closed and queue is not null
              group by queue, status) as gone
        where c.queue = gone.queue and c.status = gone.status;
    end if;
    return null;
end $$;

create function complaint_queue_count_emptied() returns trigger language plpgsql as $$
begin
    delete from complaint_queue_count;
    return null;
end $$;

create trigger complaint_queue_count_on_insert after insert on complaint_queue
    referencing new table as arrived
    for each statement execute function complaint_queue_count_moved();
create trigger complaint_queue_count_on_update after update on complaint_queue
    referencing old table as departed new table as arrived
    for each statement execute function complaint_queue_count_moved();
create trigger complaint_queue_count_on_delete after delete on complaint_queue
    referencing old table as departed
    for each statement execute function complaint_queue_count_moved();
create trigger complaint_queue_count_on_truncate after truncate on complaint_queue
    for each statement execute function complaint_queue_count_emptied();
