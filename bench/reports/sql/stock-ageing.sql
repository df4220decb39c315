-- stock-ageing as of 2026-12-07: cars standing by arrival day (StockQueries.ageing)
select arrival_date, count(*), sum(purchase_cost) from stock_vehicle
where status in ('IN_STOCK', 'RESERVED', 'DEMO') and arrival_date is not null and (:store::bigint is null or store_id = :store)
group by arrival_date;
