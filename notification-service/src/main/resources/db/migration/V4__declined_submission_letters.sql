-- A member whose submission is not handled and who gave no email address is told why by letter. Such
-- a submission is no complaint: it has no reference, and the mail room finds the member's postal
-- address by their member number, printed on the letter (sealed, like the rest of the letter).
alter table recipient
    alter column reference drop not null,
    add column member_number_sealed text;
alter table print_queue alter column reference drop not null;
