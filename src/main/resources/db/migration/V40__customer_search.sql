-- Search keys of a customer: the name in pinyin (张三 → zhangsan) and its initials (zs), and the phone as digits
-- only (+86, spaces and dashes removed) for duplicate detection. Filled by the app (pinyin needs a library).
alter table customer add column name_pinyin varchar(600);
alter table customer add column name_initials varchar(150);
alter table customer add column phone_normalized varchar(30);
create index ix_customer_store_phone on customer (store_id, phone_normalized);
create index ix_customer_initials on customer (name_initials);
