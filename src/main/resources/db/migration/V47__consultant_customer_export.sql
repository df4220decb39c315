-- Consultants export their own customer list (phones masked in the file: exports leave the system).
insert into app_role_permission (role_id, permission)
select r.id, 'customers:export' from app_role r
where r.code = 'consultant'
  and not exists (select 1 from app_role_permission p where p.role_id = r.id and p.permission = 'customers:export');
