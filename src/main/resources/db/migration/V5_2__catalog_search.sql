-- Catalog search: one lower-cased text per resource holding what people search by (name,
-- summary, code, provider, subject, item names and labels), kept by the registration. With a
-- few thousand resources a scan of this column answers in milliseconds, on any PostgreSQL.

alter table catalog_resource add column search_text text not null default '';
create index catalog_resource_subject on catalog_resource (subject);
