-- Listings of published reports, newest first (the API, feeds, the home page, exports), read the
-- first rows of this index in order instead of sorting every published report: at 100,000 reports
-- the API's first page took a pass over all of them per request. It replaces the index on
-- (status, report_date), whose date ranges it serves as well.

create index report_newest on report (status, report_date desc, id desc);
drop index report_by_status_date;
