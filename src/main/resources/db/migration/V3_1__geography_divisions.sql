-- The city's one map: districts, streets/towns, communities/villages and unit grids (单元网格).
-- Codes nest (GB/T 2260 + GB/T 30428): a division's parent code is its code's prefix.
-- Geometry is WKB (2D, WGS-84 lon/lat, i.e. EPSG:4326 / CGCS2000 within centimetres), so that
-- PostGIS, where installed, can read it with ST_GeomFromWKB(geometry, 4326); it is never required.
create table geography_division (
    code          varchar(15)      primary key,
    level         varchar(16)      not null,
    name          varchar(100)     not null,
    parent_code   varchar(15)      references geography_division (code) deferrable initially deferred,
    geometry      bytea            not null,
    centroid_lon  double precision not null,
    centroid_lat  double precision not null,
    area_m2       double precision not null,
    min_lon       double precision not null,
    min_lat       double precision not null,
    max_lon       double precision not null,
    max_lat       double precision not null,
    imported_at   timestamptz      not null,
    constraint geography_division_level_check
        check (level in ('DISTRICT', 'STREET', 'COMMUNITY', 'GRID')),
    constraint geography_division_code_length_check
        check (length(code) = case level when 'DISTRICT' then 6 when 'STREET' then 9
                                         when 'COMMUNITY' then 12 else length(code) end
               and (level <> 'GRID' or length(code) in (14, 15))),
    constraint geography_division_parent_check
        check ((level = 'DISTRICT') = (parent_code is null)
               and (parent_code is null or starts_with(code, parent_code)))
);

create index geography_division_parent_idx on geography_division (parent_code);
-- Prefix search on codes ("610402001%") whatever the database collation.
create index geography_division_code_prefix_idx on geography_division (code varchar_pattern_ops);
create index geography_division_level_idx on geography_division (level, code);
