-- funnel-conversion MONTH 2026-11: counts per stage, consultant and source (FunnelQueries.cells)
select e.stage, e.consultant_employee_id, e.source, count(*) as n from funnel_entry e
where e.occurred_at >= '2026-11-01 00:00+08' and e.occurred_at < '2026-12-01 00:00+08' and (:store::bigint is null or e.store_id = :store)
group by e.stage, e.consultant_employee_id, e.source;
