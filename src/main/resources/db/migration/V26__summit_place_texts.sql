-- A summit's place in each language (Puerto España, Porto de Espanha, Port-d'Espagne), beside its
-- name and motto. summit.place stays: it is the place a summit is known by where no language gives
-- one, and what packs written before place_<lang> existed still fill. A language may now give a place
-- without a name (the name then falls back like any other text), so a text row's name may be empty.

alter table summit_text add column place varchar(200);
alter table summit_text alter column name drop not null;
