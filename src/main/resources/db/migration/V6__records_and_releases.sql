-- The catalogue is stored as what the read model needs: one JSON document per record revision, and one row per
-- release (a dataset version the service has loaded). A revision is valid from the release that wrote it until the
-- release that changed or removed it (valid_to, exclusive; null while current), so every past release can be read
-- back and the changes between two releases are a query. The read model (cn.shanghai.achievements.catalogue) is
-- built from the current revisions; search, filters and facets no longer run in the database.
--
-- The tables of the relational model written by older versions are dropped: everything in them came from the seed,
-- which the next start-up writes again as the first release.
drop table achievement_export;
drop table milestone_citation;
drop table milestone;
drop sequence milestone_seq;
drop table achievement_institution_citation;
drop table achievement_institution;
drop sequence achievement_institution_seq;
drop table achievement_alias;
drop table achievement;
drop table institution_alias;
drop table institution;
drop table milestone_type;
drop table category;
drop table sector;
drop table indicator_citation;
drop table indicator;
drop table source;

create table dataset_release (
    seq            integer       not null primary key,
    version        varchar(64)   not null,
    published_at   timestamp with time zone not null,
    counts         varchar(4000) not null,
    notes          varchar(100000)
);

create table record_revision (
    kind           varchar(32)      not null,
    id             varchar(64)      not null,
    valid_from     integer          not null,
    valid_to       integer,
    hash           varchar(64)      not null,
    body           varchar(1000000) not null,
    replaced_by    varchar(64),
    primary key (kind, id, valid_from)
);
create index record_revision_valid_to_idx on record_revision (valid_to, kind, id);
create index record_revision_valid_from_idx on record_revision (valid_from);

alter table dataset_state drop column achievements;
alter table dataset_state drop column institutions;
alter table dataset_state drop column sources;
alter table dataset_state add column release_seq integer not null default 0;
alter table dataset_state add column seed_digest varchar(64) not null default '';
update dataset_state set version = '';
