-- Each achievement's line in the CSV export, derived from the seed when the record is written (like the search
-- keys): an export of the whole catalogue then reads one column a record instead of joining five tables.
alter table achievement add column export_csv varchar(16000) not null default '';
