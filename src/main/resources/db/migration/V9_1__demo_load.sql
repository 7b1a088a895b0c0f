-- Whether the demo city was loaded into this database, and how far it got.
create table demo_load (
    id          smallint    primary key check (id = 1),
    state       varchar(16) not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    message     text
);
