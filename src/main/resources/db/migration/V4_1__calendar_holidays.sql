-- 工作日历 (working calendar): the State Council's yearly holiday arrangement (节假日安排) as data.
-- One row per known year; one row per holiday day (放假) and per weekend day worked in exchange
-- (调休上班, named after the holiday it compensates). A year not listed here counts Monday to Friday.
-- Later years are added by an admin through PUT /api/calendar/years/{year}, never by a migration.

create table calendar_year (
    year        integer primary key check (year between 1900 and 2999),
    source      varchar(200),
    updated_at  timestamp with time zone not null default now()
);

create table calendar_special_day (
    day   date primary key,
    year  integer not null references calendar_year (year) on delete cascade,
    kind  varchar(20) not null check (kind in ('HOLIDAY', 'ADJUSTED_WORKDAY')),
    name  varchar(50) not null,
    check (extract(year from day) = year)
);

create index calendar_special_day_year on calendar_special_day (year);

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知
insert into calendar_year (year, source) values (2025, '国务院办公厅关于2025年部分节假日安排的通知');

-- 元旦：1月1日（周三）放假1天，不调休
insert into calendar_special_day (day, year, kind, name) values
    ('2025-01-01', 2025, 'HOLIDAY', '元旦');

-- 春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天；1月26日（周日）、2月8日（周六）上班
insert into calendar_special_day (day, year, kind, name) values
    ('2025-01-28', 2025, 'HOLIDAY', '春节'),
    ('2025-01-29', 2025, 'HOLIDAY', '春节'),
    ('2025-01-30', 2025, 'HOLIDAY', '春节'),
    ('2025-01-31', 2025, 'HOLIDAY', '春节'),
    ('2025-02-01', 2025, 'HOLIDAY', '春节'),
    ('2025-02-02', 2025, 'HOLIDAY', '春节'),
    ('2025-02-03', 2025, 'HOLIDAY', '春节'),
    ('2025-02-04', 2025, 'HOLIDAY', '春节'),
    ('2025-01-26', 2025, 'ADJUSTED_WORKDAY', '春节'),
    ('2025-02-08', 2025, 'ADJUSTED_WORKDAY', '春节');

-- 清明节：4月4日（周五）至6日（周日）放假，共3天
insert into calendar_special_day (day, year, kind, name) values
    ('2025-04-04', 2025, 'HOLIDAY', '清明节'),
    ('2025-04-05', 2025, 'HOLIDAY', '清明节'),
    ('2025-04-06', 2025, 'HOLIDAY', '清明节');

-- 劳动节：5月1日（周四）至5日（周一）放假调休，共5天；4月27日（周日）上班
insert into calendar_special_day (day, year, kind, name) values
    ('2025-05-01', 2025, 'HOLIDAY', '劳动节'),
    ('2025-05-02', 2025, 'HOLIDAY', '劳动节'),
    ('2025-05-03', 2025, 'HOLIDAY', '劳动节'),
    ('2025-05-04', 2025, 'HOLIDAY', '劳动节'),
    ('2025-05-05', 2025, 'HOLIDAY', '劳动节'),
    ('2025-04-27', 2025, 'ADJUSTED_WORKDAY', '劳动节');

-- 端午节：5月31日（周六）至6月2日（周一）放假，共3天
insert into calendar_special_day (day, year, kind, name) values
    ('2025-05-31', 2025, 'HOLIDAY', '端午节'),
    ('2025-06-01', 2025, 'HOLIDAY', '端午节'),
    ('2025-06-02', 2025, 'HOLIDAY', '端午节');

-- 国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天；9月28日（周日）、10月11日（周六）上班
insert into calendar_special_day (day, year, kind, name) values
    ('2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-04', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-05', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-09-28', 2025, 'ADJUSTED_WORKDAY', '国庆节、中秋节'),
    ('2025-10-11', 2025, 'ADJUSTED_WORKDAY', '国庆节、中秋节');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知
insert into calendar_year (year, source) values (2026, '国务院办公厅关于2026年部分节假日安排的通知');

-- 元旦：1月1日（周四）至3日（周六）放假调休，共3天；1月4日（周日）上班
insert into calendar_special_day (day, year, kind, name) values
    ('2026-01-01', 2026, 'HOLIDAY', '元旦'),
    ('2026-01-02', 2026, 'HOLIDAY', '元旦'),
    ('2026-01-03', 2026, 'HOLIDAY', '元旦'),
    ('2026-01-04', 2026, 'ADJUSTED_WORKDAY', '元旦');

-- 春节：2月15日（周日）至23日（周一）放假调休，共9天；2月14日（周六）、2月28日（周六）上班
insert into calendar_special_day (day, year, kind, name) values
    ('2026-02-15', 2026, 'HOLIDAY', '春节'),
    ('2026-02-16', 2026, 'HOLIDAY', '春节'),
    ('2026-02-17', 2026, 'HOLIDAY', '春节'),
    ('2026-02-18', 2026, 'HOLIDAY', '春节'),
    ('2026-02-19', 2026, 'HOLIDAY', '春节'),
    ('2026-02-20', 2026, 'HOLIDAY', '春节'),
    ('2026-02-21', 2026, 'HOLIDAY', '春节'),
    ('2026-02-22', 2026, 'HOLIDAY', '春节'),
    ('2026-02-23', 2026, 'HOLIDAY', '春节'),
    ('2026-02-14', 2026, 'ADJUSTED_WORKDAY', '春节'),
    ('2026-02-28', 2026, 'ADJUSTED_WORKDAY', '春节');

-- 清明节：4月4日（周六）至6日（周一）放假，共3天
insert into calendar_special_day (day, year, kind, name) values
    ('2026-04-04', 2026, 'HOLIDAY', '清明节'),
    ('2026-04-05', 2026, 'HOLIDAY', '清明节'),
    ('2026-04-06', 2026, 'HOLIDAY', '清明节');

-- 劳动节：5月1日（周五）至5日（周二）放假调休，共5天；5月9日（周六）上班
insert into calendar_special_day (day, year, kind, name) values
    ('2026-05-01', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-02', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-03', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-04', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-05', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-09', 2026, 'ADJUSTED_WORKDAY', '劳动节');

-- 端午节：6月19日（周五）至21日（周日）放假，共3天
insert into calendar_special_day (day, year, kind, name) values
    ('2026-06-19', 2026, 'HOLIDAY', '端午节'),
    ('2026-06-20', 2026, 'HOLIDAY', '端午节'),
    ('2026-06-21', 2026, 'HOLIDAY', '端午节');

-- 中秋节：9月25日（周五）至27日（周日）放假，共3天
insert into calendar_special_day (day, year, kind, name) values
    ('2026-09-25', 2026, 'HOLIDAY', '中秋节'),
    ('2026-09-26', 2026, 'HOLIDAY', '中秋节'),
    ('2026-09-27', 2026, 'HOLIDAY', '中秋节');

-- 国庆节：10月1日（周四）至7日（周三）放假调休，共7天；9月20日（周日）、10月10日（周六）上班
insert into calendar_special_day (day, year, kind, name) values
    ('2026-10-01', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-02', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-03', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-04', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-05', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-06', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-07', 2026, 'HOLIDAY', '国庆节'),
    ('2026-09-20', 2026, 'ADJUSTED_WORKDAY', '国庆节'),
    ('2026-10-10', 2026, 'ADJUSTED_WORKDAY', '国庆节');
