-- Crypto-shredding. From now on a submission's message holds the member's data and the complaint's
-- texts sealed under the complaint's key (in the key vault), and a repeated request is recognised by a
-- keyed fingerprint that dies with that key: a plain SHA-256 of personal data is personal data too,
-- and can be recomputed from guesses.
alter table submission rename column request_hash to request_fingerprint;
alter table submission alter column request_fingerprint drop not null;
comment on column submission.request_fingerprint is
    'HMAC-SHA256 (hex) of the request''s canonical JSON under the complaint''s key; null if stored before sealing';

-- Submissions stored before sealing (schema version 1) hold the member's data in clear.
-- Never registered (PENDING): the caller was told so and may resend it; forget it, so that a retry
-- registers the complaint anew, sealed, rather than publishing an emptied message.
delete from submission
where status = 'PENDING' and coalesce((message -> 'metadata' ->> 'schemaVersion')::int, 1) < 2;

-- Registered (PUBLISHED): the complaints office has the complaint; keep the receipt and the metadata,
-- drop every personal field and the plain hash. A repeat of such a submission is answered with its receipt.
update submission
set message = (message - 'subject' - 'description')
                  || jsonb_build_object('member', jsonb_build_object('language', message -> 'member' -> 'language')),
    request_fingerprint = null
where coalesce((message -> 'metadata' ->> 'schemaVersion')::int, 1) < 2;
