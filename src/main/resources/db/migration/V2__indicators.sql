-- Headline statistics from the documents (industry size by year, approval counts, …), each with its citation.

create table indicator (
    id              varchar(64)    not null primary key,
    metric          varchar(64)    not null,
    name_zh_hans    varchar(300)   not null,
    name_zh_hant    varchar(300)   not null,
    name_en         varchar(300)   not null,
    period_text     varchar(21)    not null,
    period_start    date           not null,
    period_end      date           not null,
    numeric_value   numeric(20, 4) not null,
    unit_zh_hans    varchar(100)   not null,
    unit_zh_hant    varchar(100)   not null,
    unit_en         varchar(100)   not null,
    position        integer        not null
);
create index indicator_metric_idx on indicator (metric, period_start);

create table indicator_citation (
    indicator_id varchar(64)  not null references indicator (id) on delete cascade,
    position     integer      not null,
    source_id    varchar(64)  not null references source (id),
    quote        varchar(160) not null,
    primary key (indicator_id, position)
);
create index indicator_citation_source_idx on indicator_citation (source_id);
