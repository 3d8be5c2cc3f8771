-- Each achievement's line in the CSV export, derived from the seed when the record is written (like the search
-- keys). A narrow table of its own: an export of the whole catalogue reads one short row a record instead of
-- joining five tables or reading the achievement's wide row.
create table achievement_export (
    achievement_id varchar(64)   not null primary key references achievement (id) on delete cascade,
    csv_line       varchar(16000) not null
);
