-- Early warning: alert rules (definition as JSON, the shape of org.cityos.sensing.alerting.AlertRule),
-- alerts (one open alert per rule and datastream at most) and each alert's history.

create table sensing_alert_rule (
    id               uuid        primary key,
    name             text        not null,
    enabled          boolean     not null,
    scope_type       text        not null,
    scope_value      text        not null,
    kind             text        not null,
    definition       jsonb       not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    updated_by       text        not null
);

create table sensing_alert (
    id                uuid        primary key,
    rule_id           uuid        not null, -- no FK: an alert outlives its deleted rule (rule_name keeps the name)
    rule_name         text        not null,
    kind              text        not null,
    datastream_id     text        not null,
    observed_property text,
    sensor_kind       text,
    division_codes    text[]      not null default '{}',
    level             text        not null,
    state             text        not null check (state in ('RAISED', 'ACKNOWLEDGED', 'RESOLVED')),
    raised_at         timestamptz not null,
    raised_value      double precision not null,
    last_value        double precision not null,
    message           text        not null,
    acknowledged_at   timestamptz,
    acknowledged_by   text,
    resolved_at       timestamptz,
    resolved_by       text,
    resolution        text,
    note              text,
    updated_at        timestamptz not null default now()
);

-- the evaluator relies on it: a second RAISED for the same rule and datastream while one is open is a no-op
create unique index sensing_alert_open on sensing_alert (rule_id, datastream_id) where state <> 'RESOLVED';
create index sensing_alert_raised on sensing_alert (raised_at desc);
create index sensing_alert_state_level on sensing_alert (state, level);
create index sensing_alert_areas on sensing_alert using gin (division_codes);

create table sensing_alert_history (
    id        bigserial   primary key,
    alert_id  uuid        not null references sensing_alert (id),
    at        timestamptz not null,
    action    text        not null,
    level     text,
    value     double precision,
    actor     text,
    note      text
);

create index sensing_alert_history_alert on sensing_alert_history (alert_id, id);
