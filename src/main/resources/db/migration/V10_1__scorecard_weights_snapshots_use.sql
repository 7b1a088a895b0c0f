-- Department scorecards (考核): the weights of the indicators, snapshots of computed periods, and
-- the reads of each department's resources by others (fed by the catalog's DataRead event).

-- One row per indicator; the admin edits them. Scores are recomputed from a snapshot's facts with
-- the weights of the moment, so a weight change needs no recomputation.
create table scorecard_weight (
    indicator  varchar(40)   primary key,
    weight     numeric(8, 3) not null check (weight >= 0),
    updated_at timestamptz   not null default now(),
    updated_by varchar(200)  not null default 'cityos'
);

insert into scorecard_weight (indicator, weight) values
    ('RESOURCES', 10), ('TIMELY_DELIVERY', 15), ('COMPLETENESS', 10), ('VALIDITY', 15),
    ('CONSISTENCY', 15), ('DISCREPANCY_HANDLING', 10), ('USE', 15), ('REQUEST_ANSWERS', 10);

-- A computed period (2026-11, 2026-Q4, 2026): when, and its facts per assessed department.
create table scorecard_snapshot (
    period      varchar(7)  primary key,
    period_from timestamptz not null,
    period_to   timestamptz not null,
    computed_at timestamptz not null
);

create table scorecard_snapshot_department (
    period          varchar(7)  not null references scorecard_snapshot (period) on delete cascade,
    department_code varchar(32) not null,
    facts           jsonb       not null,
    primary key (period, department_code)
);

-- Reads of a provider's resource per city day (Asia/Shanghai), consumer and channel;
-- consumer '' is the public (open data).
create table scorecard_resource_use (
    day           date        not null,
    provider_code varchar(32) not null,
    resource_code varchar(20) not null,
    consumer_code varchar(32) not null,
    channel       varchar(20) not null,
    reads         bigint      not null,
    rows_read     bigint      not null,
    primary key (day, provider_code, resource_code, consumer_code, channel)
);
create index scorecard_resource_use_provider on scorecard_resource_use (provider_code, day);
