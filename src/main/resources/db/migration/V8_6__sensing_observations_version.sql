-- Changes with every write to a datastream's observations (insert, update, delete, retention), in the
-- writing transaction: a reader that kept a datastream's newest observations in memory knows by
-- one key lookup whether they are still what the table holds (EntityReader's newest-first cache).
alter table sensing_datastream add column observations_version bigint not null default 0;
