-- The catalogue schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Every table except dataset_state is owned by the seed and rewritten only by the seed loader.

create table dataset_state (
    id              integer      not null primary key,
    version         varchar(64)  not null,
    loaded_at       timestamp with time zone not null,
    achievements    integer      not null,
    institutions    integer      not null,
    sources         integer      not null
);

create table source (
    id               varchar(64)  not null primary key,
    file_name        varchar(200) not null,
    kind             varchar(32)  not null,
    reporting_year   integer      not null,
    date_text        varchar(10),
    title_zh_hans    varchar(500) not null,
    title_zh_hant    varchar(500) not null,
    title_en         varchar(500) not null,
    publisher_zh_hans varchar(300) not null,
    publisher_zh_hant varchar(300) not null,
    publisher_en     varchar(300) not null,
    language         varchar(16)  not null,
    position         integer      not null
);

create table sector (
    id            varchar(64)  not null primary key,
    name_zh_hans  varchar(200) not null,
    name_zh_hant  varchar(200) not null,
    name_en       varchar(200) not null,
    position      integer      not null
);

create table category (
    id            varchar(64)  not null primary key,
    sector_id     varchar(64)  not null references sector (id),
    name_zh_hans  varchar(200) not null,
    name_zh_hant  varchar(200) not null,
    name_en       varchar(200) not null,
    position      integer      not null
);

create table milestone_type (
    id            varchar(64)  not null primary key,
    name_zh_hans  varchar(200) not null,
    name_zh_hant  varchar(200) not null,
    name_en       varchar(200) not null,
    position      integer      not null
);

create table institution (
    id            varchar(64)  not null primary key,
    type          varchar(32)  not null,
    name_zh_hans  varchar(300) not null,
    name_zh_hant  varchar(300) not null,
    name_en       varchar(300) not null,
    parent_id     varchar(64)  references institution (id),
    search_text   varchar(4000) not null
);
create index institution_parent_idx on institution (parent_id);

create table institution_alias (
    institution_id varchar(64)  not null references institution (id) on delete cascade,
    position       integer      not null,
    alias          varchar(300) not null,
    primary key (institution_id, position)
);

create table achievement (
    id               varchar(64)   not null primary key,
    category_id      varchar(64)   not null references category (id),
    sector_id        varchar(64)   not null references sector (id),
    name_zh_hans     varchar(300)  not null,
    name_zh_hant     varchar(300)  not null,
    name_en          varchar(300)  not null,
    summary_zh_hans  varchar(2000) not null,
    summary_zh_hant  varchar(2000) not null,
    summary_en       varchar(2000) not null,
    sort_name        varchar(300)  not null,
    first_date       date          not null,
    last_date        date          not null,
    search_text      varchar(8000) not null
);
create index achievement_category_idx on achievement (category_id);
create index achievement_sector_idx on achievement (sector_id);
create index achievement_first_date_idx on achievement (first_date, id);
create index achievement_last_date_idx on achievement (last_date, id);
create index achievement_sort_name_idx on achievement (sort_name, id);

create table achievement_alias (
    achievement_id varchar(64)  not null references achievement (id) on delete cascade,
    position       integer      not null,
    alias          varchar(300) not null,
    primary key (achievement_id, position)
);

create sequence achievement_institution_seq start with 1 increment by 50;
create table achievement_institution (
    id              bigint       not null primary key,
    achievement_id  varchar(64)  not null references achievement (id) on delete cascade,
    institution_id  varchar(64)  not null references institution (id),
    role            varchar(32)  not null,
    position        integer      not null
);
create index achievement_institution_inst_idx on achievement_institution (institution_id, achievement_id);
create index achievement_institution_ach_idx on achievement_institution (achievement_id);

create table achievement_institution_citation (
    link_id    bigint       not null references achievement_institution (id) on delete cascade,
    position   integer      not null,
    source_id  varchar(64)  not null references source (id),
    quote      varchar(160) not null,
    primary key (link_id, position)
);
create index link_citation_source_idx on achievement_institution_citation (source_id);

create sequence milestone_seq start with 1 increment by 50;
create table milestone (
    id              bigint       not null primary key,
    achievement_id  varchar(64)  not null references achievement (id) on delete cascade,
    type_id         varchar(64)  not null references milestone_type (id),
    date_text       varchar(10)  not null,
    date_precision  varchar(5)   not null,
    date_basis      varchar(20)  not null,
    start_date      date         not null,
    end_date        date         not null,
    position        integer      not null
);
create index milestone_achievement_idx on milestone (achievement_id);
create index milestone_type_dates_idx on milestone (type_id, start_date, end_date);
create index milestone_dates_idx on milestone (start_date, end_date);

create table milestone_citation (
    milestone_id bigint       not null references milestone (id) on delete cascade,
    position     integer      not null,
    source_id    varchar(64)  not null references source (id),
    quote        varchar(160) not null,
    primary key (milestone_id, position)
);
create index milestone_citation_source_idx on milestone_citation (source_id);

-- The single row the seed loader locks (select … for update) so that concurrent start-ups load one at a time.
insert into dataset_state (id, version, loaded_at, achievements, institutions, sources)
values (1, '', current_timestamp, 0, 0, 0);
