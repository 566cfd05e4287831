-- A theme page lists the newest published reports about the theme or any of its sub-themes. Found
-- through report_theme, that means gathering and sorting every report of the theme on each page
-- (1.3 s at 100,000 reports). This table holds one row per published report and per theme it is
-- about, its sub-themes' reports included, in the order the page shows them; the application keeps
-- it in step with every write of a report and rebuilds it when the themes' hierarchy changes.

-- Derived data, without foreign keys: checking them would double the cost of writing a row, and a
-- row whose report or theme is gone only finds nothing (reports are read again as published).
create table theme_listing (
    theme_id    bigint not null,
    report_id   bigint not null,
    report_date date   not null,
    author_id   bigint not null
);

-- Newest first, with the author, so that a page, an institution's page and the counts per
-- institution are read from the index alone.
create unique index theme_listing_newest on theme_listing (theme_id, report_date desc, report_id desc, author_id);
create index theme_listing_by_report on theme_listing (report_id);

-- The themes' hierarchy theme_listing was last built for: a parent that differs means a rebuild.
create table theme_listing_basis (
    theme_id  bigint primary key,
    parent_id bigint
);
