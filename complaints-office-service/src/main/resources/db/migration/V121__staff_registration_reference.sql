-- References of the complaints an officer registers with their escalation at once (a member who spoke to the first
-- line orally and holds no reference). Intake counts its references per year from 000001; the office's are
-- PL-<year>-9<8 digits>, a range intake's count never reaches, so the two never meet.
create sequence staff_registration_reference_seq start with 1 increment by 1;
