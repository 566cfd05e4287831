-- A report imported from a page of the legacy site keeps the name of the file it came from, so
-- that it can be told from reports written here and traced back to its source.

alter table report add column imported_from varchar(500);
