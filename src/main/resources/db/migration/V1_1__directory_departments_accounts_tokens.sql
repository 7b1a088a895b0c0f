-- Directory: the departments of the city, the people and machines that act for them.

create table directory_department (
    code        varchar(32)  primary key,
    name        varchar(100) not null,
    parent_code varchar(32)  references directory_department (code),
    kind        varchar(32)  not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create unique index directory_department_name on directory_department (name);

create table directory_account (
    username       varchar(64)  primary key,
    display_name   varchar(100) not null,
    password_hash  varchar(200) not null,
    roles          varchar(32)[] not null,
    department_code varchar(32) references directory_department (code),
    grid_codes     varchar(15)[] not null default '{}',
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    password_changed_at timestamptz not null default now()
);
create index directory_account_department on directory_account (department_code);

-- Failed logins per lower-cased username, also for names that do not exist, so that guessing
-- is slowed down the same way whether or not the account is real.
create table directory_login_throttle (
    username      varchar(200) primary key,
    failures      integer      not null,
    last_failure_at timestamptz not null,
    locked_until  timestamptz
);

-- API tokens of department systems. Only the SHA-256 of the token is kept; the token itself is
-- shown once, when it is created.
create table directory_api_token (
    id              uuid         primary key,
    name            varchar(100) not null,
    department_code varchar(32)  not null references directory_department (code),
    token_hash      char(64)     not null unique,
    prefix          varchar(16)  not null,
    created_at      timestamptz  not null default now(),
    created_by      varchar(64)  not null,
    expires_at      timestamptz  not null,
    revoked_at      timestamptz,
    revoked_by      varchar(64),
    last_used_at    timestamptz
);
create index directory_api_token_department on directory_api_token (department_code);
