-- Base registries (基础库): definitions as data, the sources' values, the golden record and discrepancies.

create table registry_definition (
    name            text primary key,
    label           text not null,
    key_attribute   text not null,
    key_label       text not null,
    key_resource    text not null,
    key_item        text not null,
    death_attribute text,
    created_at      timestamptz not null default now()
);

create table registry_attribute (
    registry text not null references registry_definition (name) on delete cascade,
    name     text not null,
    label    text not null,
    kind     text not null check (kind in ('TEXT', 'DATE', 'PHONE', 'CODE')),
    position int  not null,
    primary key (registry, name)
);

-- Which resources carry an attribute (item), and where they hold the registry key (key_item).
create table registry_attribute_source (
    registry      text    not null,
    attribute     text    not null,
    resource_code text    not null,
    key_item      text    not null,
    item          text    not null,
    authoritative boolean not null,
    primary key (registry, attribute, resource_code),
    foreign key (registry, attribute) references registry_attribute (registry, name) on delete cascade
);

create unique index registry_attribute_authority on registry_attribute_source (registry, attribute) where authoritative;

-- Every source's value of every key and attribute as last read from the catalog. The key
-- attribute itself has a row per source holding the key (its value is the key).
create table registry_source_value (
    registry         text        not null,
    attribute        text        not null,
    key              text        collate "C" not null,
    source           text        not null,
    provider_code    text        not null,
    authoritative    boolean     not null,
    value_normalised text        not null,
    value_raw        text        not null,
    delivered_at     timestamptz not null,
    primary key (registry, attribute, key, source)
);

create index registry_source_value_key on registry_source_value (registry, key);

-- 黄金记录: the authoritative value of each key and attribute, with the sources that agree since when.
create table registry_golden_value (
    registry         text        not null,
    key              text        collate "C" not null,
    attribute        text        not null,
    value            text        not null,
    agreeing_sources text[]      not null,
    since            timestamptz not null,
    primary key (registry, key, attribute)
);

create table registry_discrepancy (
    id                  uuid primary key,
    registry            text        not null,
    key                 text        collate "C" not null,
    attribute           text        not null,
    kind                text        not null,
    source              text        not null,
    provider_code       text        not null,
    source_values       jsonb       not null,
    authoritative_value text,
    state               text        not null default 'OPEN',
    found_at            timestamptz not null,
    due_at              timestamptz not null,
    closed_at           timestamptz
);

create unique index registry_discrepancy_live on registry_discrepancy (registry, key, attribute, kind, source)
    where state in ('OPEN', 'CONFIRMED', 'DISPUTED');
create index registry_discrepancy_provider on registry_discrepancy (registry, provider_code, state, found_at);

-- 人口库: keyed by 公民身份号码, its keys from 公安局 人口基本信息.
insert into registry_definition (name, label, key_attribute, key_label, key_resource, key_item, death_attribute)
values ('population', '人口库', 'id_number', '公民身份号码', '101001-000001', 'id_number', 'death_date'),
       ('legal_entity', '法人库', 'credit_code', '统一社会信用代码', '201001-000001', 'credit_code', null);

insert into registry_attribute (registry, name, label, kind, position)
values ('population', 'name', '姓名', 'TEXT', 1),
       ('population', 'gender', '性别', 'TEXT', 2),
       ('population', 'birth_date', '出生日期', 'DATE', 3),
       ('population', 'phone', '联系电话', 'PHONE', 4),
       ('population', 'death_date', '死亡日期', 'DATE', 5),
       ('legal_entity', 'company_name', '企业名称', 'TEXT', 1),
       ('legal_entity', 'legal_representative', '法定代表人', 'TEXT', 2),
       ('legal_entity', 'registered_address', '注册地址', 'TEXT', 3),
       ('legal_entity', 'founded_on', '成立日期', 'DATE', 4);

insert into registry_attribute_source (registry, attribute, resource_code, key_item, item, authoritative)
values ('population', 'name', '101001-000001', 'id_number', 'name', true),            -- 公安局 人口基本信息
       ('population', 'name', '101003-000001', 'id_number', 'name', false),           -- 人社局 社保参保信息
       ('population', 'name', '101004-000001', 'id_number', 'name', false),           -- 公积金中心 住房公积金缴存信息
       ('population', 'name', '101002-000001', 'id_number', 'name', false),           -- 民政局 低保对象名单
       ('population', 'name', '101006-000001', 'id_number', 'name', false),           -- 教育局 学籍信息
       ('population', 'name', '401001-000001', 'owner_id_number', 'owner_name', false), -- 交通运输局 机动车登记信息
       ('population', 'name', '101005-000002', 'id_number', 'name', false),           -- 卫健委 死亡医学证明
       ('population', 'gender', '101001-000001', 'id_number', 'gender', true),
       ('population', 'birth_date', '101001-000001', 'id_number', 'birth_date', true),
       ('population', 'phone', '101001-000001', 'id_number', 'phone', true),
       ('population', 'death_date', '101005-000002', 'id_number', 'death_date', true),
       ('legal_entity', 'company_name', '201001-000001', 'credit_code', 'company_name', true), -- 市场监管局 企业登记信息
       ('legal_entity', 'company_name', '201002-000001', 'credit_code', 'company_name', false), -- 税务局 企业纳税信息
       ('legal_entity', 'legal_representative', '201001-000001', 'credit_code', 'legal_representative', true),
       ('legal_entity', 'registered_address', '201001-000001', 'credit_code', 'registered_address', true),
       ('legal_entity', 'founded_on', '201001-000001', 'credit_code', 'founded_on', true);
