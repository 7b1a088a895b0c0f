-- The sources' values as the registry last read them: one table per registry and source with one
-- row per key (its values as an array in the order of `attributes`), filled unindexed by COPY on a
-- full comparison and swapped in (the key index built after the load), instead of one row per
-- key, attribute and source in registry_source_value (≈ 17 M rows for 5 sources × 1 M people).
create table registry_source_table (
    registry      text      not null,
    source        text      not null,
    table_name    text      not null unique,
    provider_code text      not null,
    -- the registry attribute of each value position, and whether this source is its authority
    attributes    text[]    not null,
    authoritative boolean[] not null,
    -- whether this source is the key resource (its keys make the registry)
    key_authority boolean   not null,
    -- the catalog's content version of the source when the table was written in full: a full
    -- comparison that finds it unchanged keeps the table instead of writing it again (null after
    -- an incremental comparison changed some keys)
    content_version text,
    primary key (registry, source)
);

create sequence registry_source_table_number;

-- tables swapped out by a full comparison: dropped by the next one of the registry, when no reader
-- can still be holding their name; also fresh tables being written (outside the comparison's
-- transaction) until the comparison swaps them in, so that those of a failed one are dropped too
create table registry_source_table_retired (
    table_name text        primary key,
    registry   text        not null,
    retired_at timestamptz not null
);

-- the values are read again by the next comparison (every delivery to a source and every full
-- comparison rewrites them)
drop table registry_source_value;
