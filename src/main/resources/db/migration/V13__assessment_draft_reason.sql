-- Why a published assessment went back to draft, shown to the Secretariat until it is published
-- again (the audit log keeps every reason; this column keeps the latest one beside the assessment).
alter table assessment add column draft_reason varchar(4000);
