-- City cases (12345 hotline and grid management, GB/T 30428 and 国办发〔2020〕53号).
-- Categories, dispatch rules and time limits are data an admin changes; cases carry their
-- whole state in one row (status, deadline, card) so that timers survive restarts and the
-- SLA sweep and the evaluation are set-based SQL.

-- 案件分类: the city-management component (部件) and event (事件) classes and the hotline's
-- service categories, a tree (major class → minor class).
create table cases_category (
    code        varchar(16)  primary key,
    parent_code varchar(16)  references cases_category (code),
    kind        varchar(16)  not null check (kind in ('COMPONENT', 'EVENT', 'SERVICE')),
    name        varchar(100) not null,
    description varchar(500),
    keywords    varchar(500),
    active      boolean      not null default true,
    position    integer      not null default 0
);

-- Other codes accepted for a category: the 2026 scheme's 5-digit types, local synonyms.
create table cases_category_alias (
    alias  varchar(32) primary key,
    code   varchar(16) not null references cases_category (code) on delete cascade,
    scheme varchar(50) not null
);

-- 自动派遣规则: the most specific rule wins (longest category prefix, then longest area prefix,
-- then the lowest priority number). area_code is a division code prefix (district, street, ...).
create table cases_dispatch_rule (
    id              bigserial   primary key,
    category_code   varchar(16) references cases_category (code) on delete cascade,
    area_code       varchar(20),
    department_code varchar(32) not null,
    priority        integer     not null default 100,
    note            varchar(200)
);

create unique index cases_dispatch_rule_key
    on cases_dispatch_rule (coalesce(category_code, ''), coalesce(area_code, ''), priority);

-- 处置时限: per category (inherited by sub-categories) and urgency; null means any.
create table cases_time_limit (
    id             bigserial   primary key,
    category_code  varchar(16) references cases_category (code) on delete cascade,
    urgency        varchar(16) check (urgency in ('NORMAL', 'URGENT', 'EMERGENCY')),
    amount         integer     not null check (amount > 0),
    unit           varchar(16) not null check (unit in ('HOURS', 'WORKING_HOURS', 'WORKING_DAYS')),
    yellow_percent integer     not null default 80 check (yellow_percent between 1 and 99)
);

create unique index cases_time_limit_key on cases_time_limit (coalesce(category_code, ''), coalesce(urgency, ''));

-- Case numbers: yyyyMMdd + a 6-digit sequence per day (Asia/Shanghai).
create table cases_number_sequence (
    day  date    primary key,
    last integer not null
);

create table cases_case (
    id                  bigserial    primary key,
    number              varchar(20)  not null unique,
    version             integer      not null default 0,
    channel             varchar(16)  not null,
    hotline_type        varchar(16),
    category_code       varchar(16)  not null,
    description         varchar(4000) not null,
    urgency             varchar(16)  not null default 'NORMAL',
    lon                 double precision,
    lat                 double precision,
    address             varchar(300),
    grid_code           varchar(20),
    grid_name           varchar(100),
    community_code      varchar(20),
    community_name      varchar(100),
    street_code         varchar(20),
    street_name         varchar(100),
    district_code       varchar(20),
    district_name       varchar(100),
    reporter_name       varchar(100),
    reporter_phone      varchar(20),
    reporter_phone_last4 varchar(4),
    reporter_email      varchar(200),
    reported_by         varchar(200) not null,
    status              varchar(16)  not null,
    resolution          varchar(16),
    department_code     varchar(32),
    handler             varchar(200),
    answer              varchar(4000),
    reject_reason       varchar(2000),
    reply_note          varchar(4000),
    created_at          timestamptz  not null,
    registered_at       timestamptz,
    dispatched_at       timestamptz,
    first_dispatched_at timestamptz,
    accepted_at         timestamptz,
    replied_at          timestamptz,
    first_replied_at    timestamptz,
    verified_at         timestamptz,
    closed_at           timestamptz,
    limit_amount        integer,
    limit_unit          varchar(16),
    yellow_at           timestamptz,
    due_at              timestamptz,
    card                varchar(8)   not null default 'NONE' check (card in ('NONE', 'YELLOW', 'RED')),
    supervised          boolean      not null default false,
    supervised_at       timestamptz,
    return_count        integer      not null default 0,
    rework_count        integer      not null default 0,
    reopen_count        integer      not null default 0,
    extension_count     integer      not null default 0,
    satisfaction        varchar(24),
    rating_comment      varchar(1000),
    rated_at            timestamptz,
    master_number       varchar(20),
    updated_at          timestamptz  not null
);

-- Timed statuses: the SLA sweep reads only these through partial indexes on the due columns.
create index cases_case_yellow on cases_case (yellow_at)
    where card = 'NONE' and status in ('DISPATCHED', 'IN_PROGRESS', 'REPLIED', 'VERIFIED');
create index cases_case_due on cases_case (due_at)
    where card <> 'RED' and status in ('DISPATCHED', 'IN_PROGRESS', 'REPLIED', 'VERIFIED');
create index cases_case_status on cases_case (status, created_at desc);
create index cases_case_department on cases_case (department_code, status);
create index cases_case_created on cases_case (created_at);
create index cases_case_registered on cases_case (registered_at);
create index cases_case_grid on cases_case (grid_code);
create index cases_case_street on cases_case (street_code);
create index cases_case_duplicates on cases_case (category_code, created_at)
    where status not in ('CLOSED', 'REJECTED', 'MERGED');
create index cases_case_master on cases_case (master_number) where master_number is not null;
create index cases_case_reported_by on cases_case (reported_by);

-- The history: every transition with who, when and why.
create table cases_event (
    id              bigserial   primary key,
    case_id         bigint      not null references cases_case (id) on delete cascade,
    at              timestamptz not null,
    actor           varchar(200) not null,
    role            varchar(32),
    action          varchar(32) not null,
    from_status     varchar(16),
    to_status       varchar(16),
    department_code varchar(32),
    note            varchar(4000)
);

create index cases_event_case on cases_event (case_id, id);
create index cases_event_action_at on cases_event (action, at) include (department_code, actor, case_id);

-- Photos and attachments, in the database so that a backup holds them.
create table cases_attachment (
    id           uuid         primary key,
    case_id      bigint       not null references cases_case (id) on delete cascade,
    kind         varchar(16)  not null check (kind in ('REPORT', 'REPLY', 'OTHER')),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size         integer      not null,
    content      bytea        not null,
    uploaded_by  varchar(200) not null,
    uploaded_at  timestamptz  not null
);

create index cases_attachment_case on cases_attachment (case_id);

-- 延期申请: requested by the handler, decided by the command center.
create table cases_extension (
    id           bigserial   primary key,
    case_id      bigint      not null references cases_case (id) on delete cascade,
    amount       integer     not null check (amount > 0),
    unit         varchar(16) not null check (unit in ('HOURS', 'WORKING_HOURS', 'WORKING_DAYS')),
    reason       varchar(2000) not null,
    requested_by varchar(200) not null,
    requested_at timestamptz not null,
    state        varchar(16) not null check (state in ('REQUESTED', 'APPROVED', 'REFUSED')),
    decided_by   varchar(200),
    decided_at   timestamptz,
    decision_note varchar(2000)
);

create unique index cases_extension_one_pending on cases_extension (case_id) where state = 'REQUESTED';

-- 督办 and escalation to the department's leaders when a case goes overdue.
create table cases_escalation (
    id              bigserial   primary key,
    case_id         bigint      not null references cases_case (id) on delete cascade,
    at              timestamptz not null,
    department_code varchar(32),
    leaders         varchar(1000),
    due_at          timestamptz not null,
    reason          varchar(500) not null
);

create index cases_escalation_case on cases_escalation (case_id);
