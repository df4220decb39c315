-- Stale-data flag: a card neither updated nor contacted for this many days is flagged; one row per store that
-- changed the default (the application property autosales.customers.stale-after-days, 90).
create table customer_store_setting (
    store_id          bigint primary key,
    stale_after_days  integer not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null default 0
);
