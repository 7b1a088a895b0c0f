-- Collection (归集): every batch a department delivers, with its report. A batch is identified
-- by the sender's batch id: resending it answers the stored report instead of loading it twice.
-- The delivered rows themselves live in the data table of the resource version
-- (catalog_resource_version.data_table), created when the version is.

create table catalog_delivery (
    id             uuid         primary key,
    resource_code  varchar(20)  not null references catalog_resource (code),
    version        integer      not null,
    batch_id       varchar(100) not null,
    mode           varchar(12)  not null,
    provider_code  varchar(32)  not null,
    delivered_by   varchar(200) not null,
    format         varchar(12)  not null,
    charset        varchar(20),
    policy         varchar(20)  not null,
    -- RUNNING, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, FAILED
    state          varchar(20)  not null,
    received       bigint       not null default 0,
    accepted       bigint       not null default 0,
    rejected       bigint       not null default 0,
    deleted        bigint       not null default 0,
    bytes          bigint       not null default 0,
    message        text,
    -- set when the whole batch was refused (bad header, encoding, size): the HTTP status answered
    problem_status integer,
    started_at     timestamptz  not null,
    heartbeat_at   timestamptz  not null,
    finished_at    timestamptz,
    constraint catalog_delivery_batch unique (resource_code, batch_id)
);
create index catalog_delivery_history on catalog_delivery (resource_code, started_at desc);
create index catalog_delivery_running on catalog_delivery (heartbeat_at) where state = 'RUNNING';

-- One line per problem of a rejected row (a row may have several).
create table catalog_delivery_rejection (
    delivery_id uuid        not null references catalog_delivery (id) on delete cascade,
    row_number  bigint      not null,
    item        varchar(63),
    code        varchar(30) not null,
    reason      text        not null,
    value       text
);
create index catalog_delivery_rejection_row on catalog_delivery_rejection (delivery_id, row_number);
