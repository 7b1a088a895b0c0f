-- 卫健委's 居民电子健康档案 as a further source of the population registry: it carries name,
-- gender, birth date, address and phone, so that wrong birth dates, stale addresses and old phone
-- numbers are found too. Its older records have no ID number: those are matched by name, birth
-- date, sex, address and phone (the review queue).
insert into registry_attribute (registry, name, label, kind, position)
values ('population', 'household_address', '户籍地址', 'TEXT', 6);

insert into registry_attribute_source (registry, attribute, resource_code, key_item, item, authoritative)
values ('population', 'household_address', '101001-000001', 'id_number', 'household_address', true),
       ('population', 'household_address', '101005-000003', 'id_number', 'address', false),
       ('population', 'name', '101005-000003', 'id_number', 'name', false),
       ('population', 'gender', '101005-000003', 'id_number', 'gender', false),
       ('population', 'birth_date', '101005-000003', 'id_number', 'birth_date', false),
       ('population', 'phone', '101005-000003', 'id_number', 'phone', false);
