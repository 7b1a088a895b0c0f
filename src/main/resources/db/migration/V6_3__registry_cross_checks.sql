-- 核查: rule sets that evaluate the facts departments hold about a list of people (低保核对), and
-- the runs made with them (kept for the record and for download).

create table registry_check_rule_set (
    code        text primary key,
    label       text        not null,
    description text        not null,
    departments text[]      not null,   -- who may run it besides the big data bureau
    rules       jsonb       not null,
    updated_at  timestamptz not null default now()
);

create table registry_check_run (
    id              uuid primary key,
    rule_set        text        not null,
    department_code text,
    actor           text        not null,
    purpose         text        not null,
    at              timestamptz not null,
    applicants      int         not null,
    eligible        int         not null,
    review          int         not null,
    ineligible      int         not null,
    results         jsonb       not null
);

create index registry_check_run_department on registry_check_run (department_code, at desc);

insert into registry_check_rule_set (code, label, description, departments, rules) values (
  'subsistence', '低保核对',
  '最低生活保障申请家庭经济状况核对：车辆、不动产、企业任职、社保缴费、公积金缴存和死亡记录。',
  array['MZJ'],
  '[
    {"code":"vehicle","label":"机动车","resource":"401001-000001","keyItem":"owner_id_number","measure":"COUNT",
     "whereItem":"vehicle_type","whereNotIn":["二轮摩托车"],"operator":">=","threshold":1,"outcome":"INELIGIBLE",
     "explanation":"名下登记机动车 {value} 辆（不含摩托车）"},
    {"code":"real_estate_count","label":"不动产","resource":"301001-000001","keyItem":"owner_id_number","measure":"COUNT",
     "operator":">=","threshold":2,"outcome":"INELIGIBLE","explanation":"名下登记不动产 {value} 处"},
    {"code":"real_estate_area","label":"住房面积","resource":"301001-000001","keyItem":"owner_id_number","measure":"SUM",
     "item":"floor_area","whereItem":"usage","whereIn":["住宅"],"operator":">","threshold":120,"outcome":"REVIEW",
     "explanation":"名下住宅建筑面积合计 {value} ㎡，超过人均标准需入户核实"},
    {"code":"company_role","label":"企业法定代表人","resource":"201001-000001","keyItem":"legal_representative_id_number",
     "measure":"COUNT","whereItem":"status","whereIn":["存续","在业"],"operator":">=","threshold":1,"outcome":"INELIGIBLE",
     "explanation":"担任 {value} 家存续企业的法定代表人"},
    {"code":"social_insurance","label":"社保缴费基数","resource":"101003-000001","keyItem":"id_number","measure":"MAX",
     "item":"contribution_base","whereItem":"status","whereIn":["正常参保"],"operator":">","threshold":4000,
     "outcome":"REVIEW","explanation":"社保缴费基数 {value} 元，收入可能高于低保标准"},
    {"code":"housing_fund","label":"住房公积金","resource":"101004-000001","keyItem":"id_number","measure":"MAX",
     "item":"monthly_deposit","whereItem":"status","whereIn":["正常"],"operator":">=","threshold":600,"outcome":"REVIEW",
     "explanation":"住房公积金月缴存额 {value} 元"},
    {"code":"death","label":"死亡记录","resource":"101005-000002","keyItem":"id_number","measure":"LATEST",
     "item":"death_date","operator":"exists","outcome":"INELIGIBLE","explanation":"卫健委有死亡医学证明（死亡日期 {value}）"}
  ]'::jsonb);
