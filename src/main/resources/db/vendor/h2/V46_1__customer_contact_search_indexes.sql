-- H2 edition of V46_1: the plain indexes of V46 serve demo-sized data; nothing more is needed here.
select 1;
