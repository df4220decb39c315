-- lead-source-roi MONTH 2026-11: the funnel per source and stage (LeadSourceQueries.funnel)
select e.source, e.stage, count(*) as n from funnel_entry e
where e.occurred_at >= '2026-11-01 00:00+08' and e.occurred_at < '2026-12-01 00:00+08' and (:store::bigint is null or e.store_id = :store)
  and e.stage in ('LEAD', 'TEST_DRIVE', 'ORDER', 'DELIVERY') group by e.source, e.stage;
