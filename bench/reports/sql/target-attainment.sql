-- target-attainment MONTH 2026-11: every person's facts of the month in one pass (what the report needs per person)
select employee_id, metric, sum(quantity), sum(amount) from performance_fact
where (:store::bigint is null or store_id = :store) and employee_id is not null
  and occurred_on between date '2026-11-01' and date '2026-11-30' group by employee_id, metric;
