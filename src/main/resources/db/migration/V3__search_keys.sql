-- Search keys precomputed at load time: search_text holds every text folded (NFKC, lower case, simplified
-- script, no accents); search_squash holds names and aliases without spaces or punctuation, with their
-- pinyin and pinyin initials, so that "xuelong", "xl2", "GV971" and "雪龍2號" find their records.
alter table achievement add column search_squash varchar(16000) not null default '';
alter table achievement alter column search_text set data type varchar(16000);
alter table institution add column search_squash varchar(8000) not null default '';
