-- The demo city's simulated sensors: which SensorThings Thing and Datastreams each one is, and
-- the parameters of its daily pattern, so that the live simulator (on any instance, after a
-- restart) continues the same sensors with the same behaviour.
create table demo_sensor (
    number        integer primary key,
    kind          text    not null,
    thing_id      bigint  not null,
    name          text    not null,
    lon           double precision not null,
    lat           double precision not null,
    district_code text,
    zone          text,
    target_class  text,
    free_flow_speed double precision,
    capacity      integer,
    datastreams   jsonb   not null
);

-- The simulation's clock and its incidents: when the back-fill ended, when the live loop last
-- ran, and when today's pollution episode starts and in which district.
create table demo_sensor_simulation (
    id               smallint    primary key check (id = 1),
    episode_start    timestamptz not null,
    episode_district text,
    backfilled_until timestamptz,
    last_tick_at     timestamptz
);
