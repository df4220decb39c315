-- ranking MONTH 2026-11: the store's results per consultant (PerformanceQueries.perEmployee)
select employee_id, metric, sum(quantity), sum(amount) from performance_fact
where store_id in (coalesce(:store::bigint, (select id from org_unit where code = 'SH-PD-4S'))) and employee_id is not null
  and occurred_on between date '2026-11-01' and date '2026-11-30' group by employee_id, metric;
