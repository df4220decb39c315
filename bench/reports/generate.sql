-- Fills the report centre's read models of a PostgreSQL AutoSales database for the report benchmark (issue 11). Run it
-- after bench/customers/generate.sql on the same database (it deals the activity over the customers, their stores
-- and owners). Set-based INSERT … SELECT generate_series, one transaction:
--   * one bench store (BENCH-S1) is moved into the demo store SH-PD-4S: its three teams go under the demo store's
--     sales department and its customers with them, so gm (STORE) and the demo consultants see a real store's volume;
--   * :sales delivered contracts in performance_sale over the 36 months up to :last_day with Chinese-market
--     seasonality (Spring Festival dip in February, summer lull, 金九银十, year-end push, weekends ×1.5, +8 %/year),
--     contract ids from 10,000,000 up (clear of real contracts and of the negative ids of taken-over history);
--   * their performance facts (ORDERS, DELIVERIES, REVENUE, GROSS_MARGIN, COLLECTIONS) and funnel entries (QUOTE,
--     ORDER, DELIVERY), plus the activity around them: VISIT, LEAD, TEST_DRIVE and more QUOTE entries with their
--     NEW_CUSTOMERS, NEW_LEADS, TEST_DRIVES and FOLLOW_UPS facts, sources weighted like a Shanghai 4S store's;
--   * receivable accounts and lines for the last 120 days' contracts (about one in six still open, some overdue), a
--     credit card for every company customer, a default address for every second customer, and the marketing cost
--     of every store, month and source.
-- Secondary indexes of the big tables are dropped for the load and built again at the end (same names).
--   psql -v sales=500000 -v visits=1600000 -v leads=1000000 -v drives=700000 -v quotes=300000 -v follow_ups=600000 \
--        -f bench/reports/generate.sql autosales_bench
\set ON_ERROR_STOP on
\timing on
\if :{?sales} \else \set sales 500000 \endif
\if :{?visits} \else \set visits 1600000 \endif
\if :{?leads} \else \set leads 1000000 \endif
\if :{?drives} \else \set drives 700000 \endif
\if :{?quotes} \else \set quotes 300000 \endif
\if :{?follow_ups} \else \set follow_ups 600000 \endif
\if :{?last_day} \else \set last_day '2026-12-06' \endif
set maintenance_work_mem = '512MB';
set work_mem = '64MB';
begin;

-- 1. one bench store's teams and customers move into the demo store
update org_unit t set parent_id = (select id from org_unit where code = 'SH-PD-SALES')
where t.kind = 'TEAM' and t.parent_id = (select id from org_unit where code = 'BENCH-S1-SALES');
update customer set store_id = (select id from org_unit where code = 'SH-PD-4S')
where store_id = (select id from org_unit where code = 'BENCH-S1');

-- 2. helpers: the customers with an owner (numbered), the trims, the days with their weight, the lead source
create temporary table cust as
select row_number() over (order by id) - 1 as k, id, store_id, owner_employee_id as employee_id, name, kind
from customer where owner_employee_id is not null;
create unique index on cust (k);
analyze cust;

create temporary table trim_pick as
select row_number() over (order by t.id) - 1 as k, t.id,
       b.name_zh || ' ' || s.name_zh || ' ' || m.name || ' · ' || t.name as label,
       120000 + (t.id * 37919 % 250) * 1000 as price
from vehicle_trim t join vehicle_model m on m.id = t.model_id join vehicle_series s on s.id = m.series_id
join vehicle_brand b on b.id = s.brand_id;

create temporary table day_w as
select d::date as d,
       (array[1.15, 0.60, 0.95, 0.90, 0.95, 1.00, 0.80, 0.85, 1.10, 1.10, 1.10, 1.40])[extract(month from d)::int]
       * (case when extract(isodow from d) in (6, 7) then 1.5 else 1 end)
       * (1 + 0.08 * (d::date - (date :'last_day' - 1095)) / 365.0) as w
from generate_series(date :'last_day' - 1095, date :'last_day', interval '1 day') d;
create temporary table day_n as select d, w / sum(w) over () as share from day_w;

create function pg_temp.src(x bigint) returns text language sql immutable as $$
  select case when x % 50 < 17 then 'WALK_IN' when x % 50 < 32 then 'ONLINE' when x % 50 < 40 then 'PHONE'
              when x % 50 < 46 then 'REFERRAL' when x % 50 < 49 then 'EVENT' else 'UNKNOWN' end $$;
-- a moment of the showroom day (09:00–18:59 Shanghai) as timestamptz
create function pg_temp.ts_of(d date, x bigint) returns timestamptz language sql immutable as $$
  select (d + time '09:00' + ((x * 7) % 600) * interval '1 minute') at time zone 'Asia/Shanghai' $$;

-- the k-th of n events, spread over the days by weight (set-based: each day's count, then numbered)
create function pg_temp.events(n bigint) returns table (x bigint, d date) language sql as $$
  select row_number() over (order by d, i), d from day_n, generate_series(1, round(n * share)::int) i $$;

-- 3. drop the secondary indexes of the big tables for the load (with V130's report indexes, if migrated)
select exists (select 1 from pg_indexes where indexname = 'ix_funnel_entry_time') as report_indexes \gset
\if :report_indexes
drop index ix_funnel_entry_time, ix_performance_fact_day, ix_performance_sale_day;
\endif
alter table funnel_entry drop constraint uq_funnel_entry_record;
drop index ix_funnel_entry_store_time, ix_funnel_entry_consultant_time, ix_funnel_entry_customer;
alter table performance_fact drop constraint uq_performance_fact;
drop index ix_performance_fact_store, ix_performance_fact_employee;
drop index ix_performance_sale_employee, ix_performance_sale_store;

-- 4. the deliveries, in delivery order as they are recorded
with n as (select count(*) as n from cust), t as (select count(*) as n from trim_pick)
insert into performance_sale (contract_id, contract_number, store_id, employee_id, customer_id, delivered_on, trim_id,
        trim_label, payment_method, amount_due, vehicle_price, discount, discount_percent, packages_total, insurance,
        financed_amount, vehicle_margin, packages_margin, insurance_commission, finance_commission, gross_margin)
select 10000000 + x, 'BS' || lpad(x::text, 8, '0'), c.store_id, c.employee_id, c.id, e.d, tp.id, tp.label,
       case when x % 5 < 2 then 'FINANCE' else 'CASH' end,
       tp.price - disc + pk + ins, tp.price, disc, round(disc * 100.0 / tp.price, 4), pk, ins, fin,
       round(tp.price * 0.09 - disc * 0.8), round(pk * 0.4), round(ins * 0.15), round(fin * 0.03),
       round(tp.price * 0.09 - disc * 0.8) + round(pk * 0.4) + round(ins * 0.15) + round(fin * 0.03)
from (select e.x, e.d, (e.x * 7919) % n.n as ck, (e.x * 31 + e.x / 1000) % t.n as tk,
             (e.x % 5) * 3000 as pk, 4000 + (e.x % 7) * 500 as ins
      from pg_temp.events(:sales) e cross join n cross join t) e
join cust c on c.k = e.ck
join trim_pick tp on tp.k = e.tk
cross join lateral (select round(tp.price * (2 + e.x % 9) / 100.0) as disc,
                           case when e.x % 5 < 2 then round(tp.price * 0.5) else 0 end as fin) v
order by e.x;

-- 5. the funnel, in time order as it is recorded: each sale's quote and order on the order day (3–27 days before
--    delivery) and its delivery, one source per sale; around them visits, leads, completed test drives and quotes
--    that did not (yet) sell
create temporary table activity (stage text, record_type text, n bigint, prime bigint);
insert into activity values ('VISIT', 'reception', :visits, 104729), ('LEAD', 'lead', :leads, 1299709),
                            ('TEST_DRIVE', 'testdrive', :drives, 15485863), ('QUOTE', 'quote', :quotes, 32452843);
insert into funnel_entry (stage, record_type, record_id, store_id, consultant_employee_id, customer_id, lead_id, source,
        occurred_at, recorded_at)
select * from (
    select m.stage, m.record_type, s.contract_id, s.store_id, s.employee_id, s.customer_id, null::bigint,
           pg_temp.src(s.contract_id), pg_temp.ts_of(m.on_day, s.contract_id + m.shift) as occurred_at, now()
    from performance_sale s
    cross join lateral (values ('QUOTE', 'quote', s.delivered_on - (3 + (s.contract_id % 25))::int, -60),
                               ('ORDER', 'contract', s.delivered_on - (3 + (s.contract_id % 25))::int, 0),
                               ('DELIVERY', 'contract', s.delivered_on, 0)) m(stage, record_type, on_day, shift)
    where s.contract_id >= 10000000
    union all
    select a.stage, a.record_type, case when a.stage = 'QUOTE' then 20000000 else 10000000 end + e.x, c.store_id,
           c.employee_id, c.id, case when a.stage = 'LEAD' then 10000000 + e.x end, pg_temp.src(e.x * 3 + 1),
           pg_temp.ts_of(e.d, e.x), now()
    from activity a
    cross join lateral pg_temp.events(a.n) e
    join cust c on c.k = (e.x * a.prime) % (select count(*) from cust)) f
order by occurred_at;

-- 6. the facts, in day order: each sale ordered, delivered, its revenue and margin, collected at delivery (one payment
--    booked under the contract's id, clear of the ledger's own ids); the new leads, drives and first visits (one in
--    four visits) of the funnel; follow-ups done
insert into performance_fact (metric, store_id, employee_id, occurred_on, quantity, amount, source_type, source_id)
select * from (
    select m.metric, s.store_id, s.employee_id, m.on_day as occurred_on, 1, m.amount, m.source_type, s.contract_id
    from performance_sale s
    cross join lateral (values ('ORDERS', s.delivered_on - (3 + (s.contract_id % 25))::int, s.amount_due, 'contract'),
                               ('DELIVERIES', s.delivered_on, 0, 'contract'),
                               ('REVENUE', s.delivered_on, s.amount_due, 'contract'),
                               ('GROSS_MARGIN', s.delivered_on, s.gross_margin, 'contract'),
                               ('COLLECTIONS', s.delivered_on, s.amount_due, 'payment')) m(metric, on_day, amount, source_type)
    where s.contract_id >= 10000000
    union all
    select case f.stage when 'LEAD' then 'NEW_LEADS' when 'TEST_DRIVE' then 'TEST_DRIVES' else 'NEW_CUSTOMERS' end,
           f.store_id, f.consultant_employee_id, (f.occurred_at at time zone 'Asia/Shanghai')::date, 1, 0,
           case f.stage when 'LEAD' then 'lead' when 'TEST_DRIVE' then 'test-drive' else 'reception' end, f.record_id
    from funnel_entry f
    where f.record_id >= 10000000 and f.record_id < 20000000
      and (f.stage in ('LEAD', 'TEST_DRIVE') or (f.stage = 'VISIT' and f.record_id % 4 = 0))
    union all
    select 'FOLLOW_UPS', c.store_id, c.employee_id, e.d, 1, 0, 'follow-up', 10000000 + e.x
    from pg_temp.events(:follow_ups) e
    join cust c on c.k = (e.x * 49979687) % (select count(*) from cust)) f
order by occurred_on;

-- 7. receivables of the last 120 days' contracts: deposit, balance (and the lender's part), one in six still open
insert into receivable_account (contract_id, contract_number, customer_id, customer_name, store_id, owner_employee_id,
        owner_name, expected, received, cancelled, opened_on, version)
select s.contract_id, s.contract_number, s.customer_id, c.name, s.store_id, s.employee_id, e.name, s.amount_due,
       case when s.contract_id % 6 = 0 then 5000 + (s.contract_id % 3) * round(s.amount_due * 0.2) else s.amount_due end,
       false, s.delivered_on - (3 + (s.contract_id % 25))::int, 0
from performance_sale s join customer c on c.id = s.customer_id left join org_employee e on e.id = s.employee_id
where s.contract_id >= 10000000 and s.delivered_on > date :'last_day' - 120;
insert into receivable_line (contract_id, position, kind, amount, due_on)
select a.contract_id, l.position, l.kind, l.amount, l.due_on
from receivable_account a join performance_sale s on s.contract_id = a.contract_id
cross join lateral (values (0, 'DEPOSIT', 5000::numeric, a.opened_on),
                           (1, 'CUSTOMER_BALANCE', s.amount_due - 5000 - s.financed_amount, s.delivered_on),
                           (2, 'LOAN', s.financed_amount, s.delivered_on + 10)) l(position, kind, amount, due_on)
where a.contract_id >= 10000000 and l.amount > 0;

-- 8. credit cards of the companies, default addresses of every second customer, marketing cost
insert into customer_credit (customer_id, rating, credit_limit, payment_days, exposure, exposure_at, updated_at, version)
select c.id, (array['AAA', 'AA', 'A', 'B', 'C', null])[1 + c.id % 6], case when c.id % 7 = 0 then null else 200000 + (c.id % 20) * 50000 end,
       30, (c.id % 13) * 40000, now(), now(), 0
from customer c where c.kind = 'ORGANISATION' and not exists (select 1 from customer_credit x where x.customer_id = c.id);
insert into customer_address (customer_id, label, address, postal_code, is_default, updated_at, version)
select c.id, case when c.kind = 'ORGANISATION' then 'REGISTERED' else 'HOME' end, (array['上海市', '浙江省杭州市', '江苏省南京市', '江苏省苏州市', '浙江省宁波市', '安徽省合肥市', '北京市',
        '天津市', '河北省石家庄市', '广东省广州市', '广东省深圳市', '四川省成都市', '重庆市', '湖北省武汉市', '湖南省长沙市',
        '陕西省西安市'])[1 + (c.id / 2) % 16] || '中山路' || (c.id % 900 + 1) || '号', null, true, now(), 0
from customer c where c.id % 2 = 0 and not exists (select 1 from customer_address a where a.customer_id = c.id);
insert into lead_source_cost (store_id, cost_month, source, amount, note, updated_by, updated_at, version)
select s.id, m::date, src, 20000 + (s.id * 7 + extract(month from m)::int * 13) % 40 * 1000, null, 'bench', now(), 0
from org_unit s
cross join generate_series(date_trunc('month', date :'last_day' - 1095), date :'last_day', interval '1 month') m
cross join unnest(array['WALK_IN', 'PHONE', 'ONLINE', 'REFERRAL', 'EVENT']) src
where s.kind = 'STORE' and (s.code like 'BENCH-S%' or s.code = 'SH-PD-4S')
on conflict do nothing;

-- 9. the indexes back
alter table funnel_entry add constraint uq_funnel_entry_record unique (stage, record_type, record_id);
create index ix_funnel_entry_store_time on funnel_entry (store_id, occurred_at);
create index ix_funnel_entry_consultant_time on funnel_entry (consultant_employee_id, occurred_at);
create index ix_funnel_entry_customer on funnel_entry (customer_id, occurred_at);
alter table performance_fact add constraint uq_performance_fact unique (metric, source_type, source_id);
create index ix_performance_fact_store on performance_fact (store_id, occurred_on, metric);
create index ix_performance_fact_employee on performance_fact (employee_id, occurred_on, metric);
create index ix_performance_sale_employee on performance_sale (employee_id, delivered_on);
create index ix_performance_sale_store on performance_sale (store_id, delivered_on);
\if :report_indexes
create index ix_funnel_entry_time on funnel_entry (occurred_at, stage, source, consultant_employee_id, store_id);
create index ix_performance_fact_day on performance_fact (occurred_on, metric);
create index ix_performance_sale_day on performance_sale (delivered_on);
\endif

commit;
vacuum analyze performance_sale;
vacuum analyze performance_fact;
vacuum analyze funnel_entry;
vacuum analyze receivable_account;
vacuum analyze receivable_line;
vacuum analyze customer_credit;
vacuum analyze customer_address;
vacuum analyze customer;
select (select count(*) from performance_sale) as sales, (select count(*) from performance_fact) as facts,
       (select count(*) from funnel_entry) as funnel_entries, (select count(*) from receivable_line) as receivable_lines,
       (select count(*) from performance_fact) + (select count(*) from funnel_entry)
           + (select count(*) from receivable_line) as lines;
