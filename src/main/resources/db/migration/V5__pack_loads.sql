-- Which data packs were loaded at start-up. A pack is loaded on the first start only: after that
-- the Secretariat edits the catalogue, and a reload must not undo or collide with its edits.

create table pack_load (
    name      varchar(120) primary key,
    loaded_at timestamp with time zone not null,
    row_count int          not null
);
