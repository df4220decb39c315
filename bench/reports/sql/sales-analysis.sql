-- sales-analysis MONTH 2026-11: the month's deliveries with their funnel source (SalesAnalysisQueries.sales)
select s.contract_id, s.employee_id, s.trim_label, coalesce(f.source, 'UNKNOWN') as source, s.amount_due, s.gross_margin, s.discount
from performance_sale s
left join funnel_entry f on f.stage = 'DELIVERY' and f.record_type in ('contract', 'history') and f.record_id = s.contract_id
where s.delivered_on >= date '2026-11-01' and s.delivered_on < date '2026-12-01' and (:store::bigint is null or s.store_id = :store)
order by s.contract_id;
