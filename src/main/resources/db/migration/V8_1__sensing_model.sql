-- City sensing, part 1: the OGC SensorThings API 1.1 entity model (传感器物联感知).
-- Things carry their Locations (GeoJSON) and a HistoricalLocation each time they move;
-- a Datastream groups the Observations of one ObservedProperty measured by one Sensor on one Thing.
-- Free-form "properties" are jsonb; CityOS reads properties.kind of a Datastream (air, noise, water,
-- traffic, parking, manhole, ...) to pick indices and rules. Deleting follows the SensorThings
-- cascade: a Thing takes its Datastreams and HistoricalLocations, a Datastream its Observations.

create table sensing_thing (
    id          bigserial primary key,
    name        text not null,
    description text not null default '',
    properties  jsonb
);

create table sensing_location (
    id            bigserial primary key,
    name          text not null,
    description   text not null default '',
    encoding_type text not null,
    location      jsonb not null,
    properties    jsonb
);

create table sensing_thing_location (
    thing_id    bigint not null references sensing_thing (id) on delete cascade,
    location_id bigint not null references sensing_location (id) on delete cascade,
    primary key (thing_id, location_id)
);

create index sensing_thing_location_location on sensing_thing_location (location_id);

create table sensing_historical_location (
    id       bigserial primary key,
    thing_id bigint not null references sensing_thing (id) on delete cascade,
    time     timestamp with time zone not null
);

create index sensing_historical_location_thing on sensing_historical_location (thing_id);

create table sensing_historical_location_location (
    historical_location_id bigint not null references sensing_historical_location (id) on delete cascade,
    location_id            bigint not null references sensing_location (id) on delete cascade,
    primary key (historical_location_id, location_id)
);

create index sensing_historical_location_location_location on sensing_historical_location_location (location_id);

create table sensing_sensor (
    id            bigserial primary key,
    name          text not null,
    description   text not null default '',
    encoding_type text not null,
    metadata      text not null,
    properties    jsonb
);

create table sensing_observed_property (
    id          bigserial primary key,
    name        text not null,
    definition  text not null,
    description text not null default '',
    properties  jsonb
);

create table sensing_datastream (
    id                    bigserial primary key,
    name                  text not null,
    description           text not null default '',
    observation_type      text not null,
    unit_of_measurement   jsonb not null,
    observed_area         jsonb,
    phenomenon_time_start timestamp with time zone,
    phenomenon_time_end   timestamp with time zone,
    result_time_start     timestamp with time zone,
    result_time_end       timestamp with time zone,
    properties            jsonb,
    thing_id              bigint not null references sensing_thing (id) on delete cascade,
    sensor_id             bigint not null references sensing_sensor (id) on delete cascade,
    observed_property_id  bigint not null references sensing_observed_property (id) on delete cascade
);

create index sensing_datastream_thing on sensing_datastream (thing_id);
create index sensing_datastream_sensor on sensing_datastream (sensor_id);
create index sensing_datastream_observed_property on sensing_datastream (observed_property_id);
create index sensing_datastream_kind on sensing_datastream ((properties ->> 'kind'));

create table sensing_feature_of_interest (
    id            bigserial primary key,
    name          text not null,
    description   text not null default '',
    encoding_type text not null,
    feature       jsonb not null,
    properties    jsonb,
    -- the Location an automatically generated feature was made from (SensorThings 1.1 §8.2.7.1)
    generated_from_location bigint unique
);
