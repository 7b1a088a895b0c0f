-- Catalog: resources and their item versions. Each version's data lives in its own table
-- (catalog_data_<n>), created by the collection part when the version is created.

create table catalog_resource (
    code               varchar(20)  primary key,
    name               varchar(200) not null,
    summary            text         not null default '',
    provider_code      varchar(32)  not null,
    subject            varchar(20)  not null,
    current_version    integer      not null,
    update_cycle       varchar(20)  not null,
    sharing_type       varchar(20)  not null,
    sharing_condition  text,
    open_type          varchar(20)  not null,
    sharing_method     varchar(20)  not null,
    data_grade         varchar(20)  not null,
    invalid_row_policy varchar(20)  not null,
    related_resources  varchar(20)[] not null default '{}',
    published_at       timestamptz  not null default now(),
    updated_at         timestamptz  not null default now()
);
create index catalog_resource_provider on catalog_resource (provider_code);

create table catalog_resource_version (
    resource_code varchar(20) not null references catalog_resource (code),
    version       integer     not null,
    items         jsonb       not null,
    data_table    varchar(63) not null unique,
    created_at    timestamptz not null default now(),
    primary key (resource_code, version)
);
