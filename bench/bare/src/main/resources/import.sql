insert into Item (id, name) values (1, 'one');
insert into Item (id, name) values (2, 'two');
