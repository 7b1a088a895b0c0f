-- Audit: append-only, hash-chained. Rows are inserted in the writer's own transaction (so an
-- audited change and its audit row commit together); the sealer then gives each row its place
-- in the chain (seq) and its hash. After sealing a row can never change; before, only its
-- seq / prev_hash / hash may be set, once.

create table audit_entry (
    id             bigserial    primary key,
    at             timestamptz  not null,
    actor          varchar(200) not null,
    role           varchar(32)  not null,
    department_code varchar(32),
    action         varchar(100) not null,
    target         varchar(500) not null,
    outcome        varchar(16)  not null,
    client_address varchar(64),
    detail         text,
    seq            bigint       unique,
    prev_hash      char(64),
    hash           char(64)
);
create index audit_entry_unsealed on audit_entry (id) where seq is null;
create index audit_entry_at on audit_entry (at);
create index audit_entry_actor on audit_entry (actor, at);
create index audit_entry_action on audit_entry (action, at);
create index audit_entry_department on audit_entry (department_code, at);

-- The newest sealed link; a deleted tail of the chain is found by comparing against it.
create table audit_chain_head (
    id        smallint primary key check (id = 1),
    seq       bigint   not null,
    entry_id  bigint   not null,
    hash      char(64) not null
);

create function audit_entry_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or tg_op = 'TRUNCATE' then
        raise exception 'audit_entry is append-only: % refused', tg_op;
    end if;
    if old.hash is not null
       or new.id <> old.id or new.at <> old.at or new.actor <> old.actor or new.role <> old.role
       or new.department_code is distinct from old.department_code or new.action <> old.action
       or new.target <> old.target or new.outcome <> old.outcome
       or new.client_address is distinct from old.client_address
       or new.detail is distinct from old.detail then
        raise exception 'audit_entry is append-only: entry % may not change', old.id;
    end if;
    return new;
end $$;

create trigger audit_entry_no_update before update on audit_entry
    for each row execute function audit_entry_guard();
create trigger audit_entry_no_delete before delete on audit_entry
    for each row execute function audit_entry_guard();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_guard();
