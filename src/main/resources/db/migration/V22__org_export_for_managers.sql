-- Exporting the org chart is an export of its own (SPEC §2): general managers and the distributor's
-- sales director may, like the administrator.
insert into app_role_permission (role_id, permission)
select id, 'org:export' from app_role where code in ('gm', 'director');
