-- Report indexes (issue 11): the group-wide reports (ALL scope) read one period of the big read models with no store
-- to start from, so the (store, day) indexes of V70/V99 do not serve them and every such report scanned the whole
-- table (5 million funnel entries and facts at benchmark size). Plain b-trees (H2 runs the same migration).
-- The funnel's period, with what its counts group by (stage, source, consultant, store): index-only in PostgreSQL.
create index ix_funnel_entry_time on funnel_entry (occurred_at, stage, source, consultant_employee_id, store_id);
-- The facts of a period by metric (sales summary, attainment of a whole group).
create index ix_performance_fact_day on performance_fact (occurred_on, metric);
-- The deliveries of a period (sales analysis, customer composition, the 13-month trend).
create index ix_performance_sale_day on performance_sale (delivered_on);
