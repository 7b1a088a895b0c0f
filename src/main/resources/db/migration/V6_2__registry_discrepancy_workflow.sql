-- 校核纠错: the providing department answers a discrepancy (confirms its value wrong, or disputes it
-- with evidence), the big data bureau arbitrates disputes; every step kept. The golden record's
-- changes are kept as history.

alter table registry_discrepancy
    add column evidence       text,
    add column resolution     text check (resolution in ('PROVIDER_CORRECT', 'AUTHORITY_CORRECT')),
    -- AUTHORITY_WRONG items close when the authoritative source holds this (normalised) value
    add column expected_value text,
    add column answered_at    timestamptz;

alter table registry_discrepancy drop constraint if exists registry_discrepancy_state_check;
alter table registry_discrepancy add constraint registry_discrepancy_state_check
    check (state in ('OPEN', 'CONFIRMED', 'DISPUTED', 'RESOLVED', 'CLOSED'));

-- disagreements arbitration found the provider right about: not raised again for the same values
create index registry_discrepancy_upheld on registry_discrepancy (registry, key, attribute, kind, source)
    where state = 'RESOLVED';
create index registry_discrepancy_due on registry_discrepancy (registry, due_at)
    where state in ('OPEN', 'CONFIRMED', 'DISPUTED');

create table registry_discrepancy_step (
    id              bigserial primary key,
    discrepancy_id  uuid        not null references registry_discrepancy (id) on delete cascade,
    action          text        not null,
    actor           text        not null,
    department_code text,
    note            text,
    at              timestamptz not null
);

create index registry_discrepancy_step_of on registry_discrepancy_step (discrepancy_id, at);

-- 变更历史 of golden values: a row per value that changed or went away
create table registry_golden_history (
    registry   text        not null,
    key        text        collate "C" not null,
    attribute  text        not null,
    old_value  text        not null,
    new_value  text,
    changed_at timestamptz not null
);

create index registry_golden_history_key on registry_golden_history (registry, key, changed_at);

create function registry_golden_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into registry_golden_history values (old.registry, old.key, old.attribute, old.value, null, now());
        return old;
    end if;
    if old.value is distinct from new.value then
        insert into registry_golden_history values (old.registry, old.key, old.attribute, old.value, new.value, new.since);
    end if;
    return new;
end
$$;

create trigger registry_golden_history after update or delete on registry_golden_value
    for each row execute function registry_golden_changed();
