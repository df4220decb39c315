-- customer-composition MONTH 2026-11: the month's revenue per customer with grade and credit (CompositionQueries.customers)
select s.customer_id, c.name, c.grade, cc.rating, cc.credit_limit, cc.exposure, s.units, s.revenue
from (select ps.customer_id, count(*) as units, sum(ps.amount_due) as revenue from performance_sale ps
      where ps.delivered_on >= date '2026-11-01' and ps.delivered_on < date '2026-12-01'
        and (:store::bigint is null or ps.store_id = :store) group by ps.customer_id) s
left join customer c on c.id = s.customer_id left join customer_credit cc on cc.customer_id = s.customer_id;
