-- A mail server that is away (refused or timed-out connections, I/O errors, 4xx replies) no longer uses up a
-- message's attempts: the message waits for it without limit. Only the server's refusals of the message itself
-- (5xx to its recipient or content) count toward complaints.notification.retry.max-attempts.
-- * refusals: such refusals so far (attempts keeps counting every try);
-- * waiting_since: when the message began waiting for an unavailable mail server; null once it is sent, refused,
--   dead or suppressed. What the mailDelivery health and the notifications_mail_waiting gauges read.
-- Failures recorded before this migration are of unknown kind: they count as none.
alter table delivery
    add column refusals      integer not null default 0,
    add column waiting_since timestamptz;

create index delivery_waiting on delivery (created_at) where waiting_since is not null and status in ('PENDING', 'FAILED');
