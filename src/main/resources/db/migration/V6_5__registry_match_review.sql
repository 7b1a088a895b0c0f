-- Records without an ID number matched to registry keys (概率匹配): the links made, automatically
-- above the upper threshold or by a steward, and the review queue (人工核查) of the uncertain band.

create table registry_match_link (
    registry   text        not null,
    source     text        not null,
    reference  text        not null,   -- the record's own key in its resource (e.g. 健康档案号)
    key        text        collate "C" not null,
    weight     double precision not null,
    decided_by text        not null,   -- 'AUTO' or the steward's name
    decided_at timestamptz not null,
    primary key (registry, source, reference)
);

create index registry_match_link_key on registry_match_link (registry, key);

create table registry_match_review (
    id              uuid primary key,
    registry        text        not null,
    source          text        not null,
    provider_code   text        not null,
    reference       text        not null,
    record          jsonb       not null,   -- the record's fields as delivered
    candidate_key   text        collate "C" not null,
    weight          double precision not null,
    agreements      jsonb       not null,   -- per field: agreement level and weight
    state           text        not null default 'PENDING' check (state in ('PENDING', 'ACCEPTED', 'REJECTED')),
    queued_at       timestamptz not null,
    decided_by      text,
    decided_at      timestamptz,
    note            text
);

create unique index registry_match_review_pending on registry_match_review (registry, source, reference)
    where state = 'PENDING';
create index registry_match_review_queue on registry_match_review (registry, provider_code, state, queued_at);
