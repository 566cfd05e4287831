-- A report's first revision keeps no copy of its texts while they are still the report's own: the
-- history reads them from report_text. The first write that changes the report's texts copies them
-- into report_revision_text beforehand and clears the flag (ReportStore.writeContent). Imports of
-- many reports then write each text once instead of twice.

alter table report_revision add column texts_in_report boolean default false not null;
