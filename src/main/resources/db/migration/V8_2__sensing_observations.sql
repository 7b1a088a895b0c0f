-- City sensing, part 2: the time series.
-- Observations are range-partitioned by phenomenon time, one partition per month, created ahead by
-- the partition maintenance task (sensing_observation_default catches what is older than the first
-- partition). BRIN on time: rows arrive roughly in time order, so a tiny index prunes well.
-- (datastream_id, phenomenon_time) is unique: a repeated observation of a datastream at the same
-- phenomenon time is the same observation (idempotent ingest), a late one simply lands in its place.
-- No foreign key to sensing_datastream: the writer validates datastreams before queueing and a
-- key check per row would cost the bulk path; deleting a datastream deletes its observations.

create sequence sensing_observation_id_seq;

create table sensing_observation (
    id                    bigint not null default nextval('sensing_observation_id_seq'),
    datastream_id         bigint not null,
    phenomenon_time       timestamp with time zone not null,
    phenomenon_time_end   timestamp with time zone,
    result_time           timestamp with time zone,
    result_number         double precision,
    result_json           jsonb,
    result_quality        jsonb,
    valid_time_start      timestamp with time zone,
    valid_time_end        timestamp with time zone,
    parameters            jsonb,
    feature_of_interest_id bigint,
    unique (datastream_id, phenomenon_time)
) partition by range (phenomenon_time);

create table sensing_observation_default partition of sensing_observation default;

create index sensing_observation_time on sensing_observation using brin (phenomenon_time);
create index sensing_observation_id on sensing_observation (id);
create index sensing_observation_feature on sensing_observation (feature_of_interest_id);

-- The latest observation of each datastream, for dashboards and "device offline" checks.
create table sensing_latest (
    datastream_id   bigint primary key,
    observation_id  bigint not null,
    phenomenon_time timestamp with time zone not null,
    result_number   double precision,
    result_json     jsonb,
    received_at     timestamp with time zone not null default now()
);

-- Rollups for charts: sum and count (so averages merge), min and max, per bucket start.
-- Maintained by the writer in the same transaction as the observations; kept when raw data expires.
create table sensing_rollup_minute (
    datastream_id bigint not null,
    bucket        timestamp with time zone not null,
    count         bigint not null,
    sum           double precision not null,
    min           double precision not null,
    max           double precision not null,
    primary key (datastream_id, bucket)
);

create table sensing_rollup_hour (like sensing_rollup_minute including all);

create table sensing_rollup_day (like sensing_rollup_minute including all);

-- What MQTT ingestion could not accept, with the reason, for the admin (HTTP callers get the reason in the answer).
create table sensing_dead_letter (
    id          bigserial primary key,
    received_at timestamp with time zone not null default now(),
    channel     text not null,
    topic       text,
    client_id   text,
    reason      text not null,
    payload     text not null
);

create index sensing_dead_letter_received on sensing_dead_letter (received_at desc);
