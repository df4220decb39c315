-- When someone last had contact with the customer (visit, follow-up, call) and when they last bought; filled by the
-- visits, leads and sales modules through CustomerActivity. The pool and the stale-data flag read them.
alter table customer add column last_contact_at timestamp with time zone;
alter table customer add column last_deal_at timestamp with time zone;
create index ix_customer_last_contact on customer (store_id, last_contact_at);
