-- The live case simulator's clock: when it last ran, so that whichever instance runs next brings
-- the cases of the time since (and not the same ones again).
create table demo_case_simulation (
    id          smallint    primary key check (id = 1),
    last_tick_at timestamptz not null
);
