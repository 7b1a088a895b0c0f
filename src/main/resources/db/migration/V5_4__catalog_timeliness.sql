-- Timeliness (及时性): when each resource's next delivery is expected, from its update cycle.
-- expected_at is null for 其他 (no promised rhythm). notified_for remembers the expected_at for
-- which DeliveryOverdue was published, so each overdue period is announced once.

create table catalog_timeliness (
    resource_code     varchar(20) primary key references catalog_resource (code),
    last_delivered_at timestamptz,
    expected_at       timestamptz,
    notified_for      timestamptz
);
create index catalog_timeliness_expected on catalog_timeliness (expected_at);
