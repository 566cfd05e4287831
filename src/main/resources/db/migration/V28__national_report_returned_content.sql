-- What a national report said when the Secretariat returned it, as plain text, so that on
-- resubmission the reviewer sees what changed since the return (national reports keep no revisions).
alter table national_report add column returned_content varchar(1000000);
