-- Catalog: sharing requests (共享申请) and the grants they lead to (授权).
-- A request is answered once: REQUESTED → APPROVED | REJECTED. An approved request (or an
-- unconditional one, approved at once) has exactly one grant. A grant is live until it is
-- revoked or its valid_until passes (expiry is read from the time, not stored as a state).
-- Item lists hold InformationItem names of the resource.

create table catalog_sharing_request (
    id                 uuid         primary key,
    resource_code      varchar(20)  not null,
    resource_version   integer      not null,
    provider_code      varchar(32)  not null,
    consumer_code      varchar(32)  not null,
    sharing_type       varchar(20)  not null,
    purpose            text         not null,
    items              text[]       not null,
    unmasked_items     text[]       not null default '{}',
    valid_until        timestamptz  not null,
    state              varchar(16)  not null check (state in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_at       timestamptz  not null,
    requested_by       varchar(200) not null,
    reply_due_at       timestamptz  not null,
    answered_at        timestamptz,
    answered_by        varchar(200),
    answer_reason      text,
    grant_id           uuid,
    check ((state = 'REQUESTED') = (answered_at is null)),
    check (state <> 'REJECTED' or answer_reason is not null),
    check (state <> 'APPROVED' or grant_id is not null)
);
create index catalog_sharing_request_provider on catalog_sharing_request (provider_code, state, requested_at);
create index catalog_sharing_request_consumer on catalog_sharing_request (consumer_code, state, requested_at);
-- One waiting request per department and resource: a second one would only be answered twice.
create unique index catalog_sharing_request_one_waiting on catalog_sharing_request (resource_code, consumer_code)
    where state = 'REQUESTED';

create table catalog_grant (
    id                 uuid         primary key,
    request_id         uuid         not null unique references catalog_sharing_request (id),
    resource_code      varchar(20)  not null,
    provider_code      varchar(32)  not null,
    consumer_code      varchar(32)  not null,
    purpose            text         not null,
    items              text[]       not null,
    unmasked_items     text[]       not null default '{}',
    granted_at         timestamptz  not null,
    granted_by         varchar(200) not null,
    valid_until        timestamptz  not null,
    revoked_at         timestamptz,
    revoked_by         varchar(200),
    revoke_reason      text,
    check ((revoked_at is null) = (revoke_reason is null))
);
-- The exchange asks, for every read: which live grants does this department hold on this resource?
create index catalog_grant_live on catalog_grant (consumer_code, resource_code) where revoked_at is null;
create index catalog_grant_provider on catalog_grant (provider_code, granted_at);
