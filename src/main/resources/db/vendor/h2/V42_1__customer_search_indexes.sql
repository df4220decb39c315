-- Customer search indexes, H2 edition (the embedded default holds demo-sized data): prefix searches on the name
-- and pinyin; PostgreSQL's V42_1 adds trigram indexes for searching anywhere at scale.
create index ix_customer_name_prefix on customer (name);
create index ix_customer_pinyin_prefix on customer (name_pinyin);
create index ix_customer_owner_id on customer (owner_employee_id, id);
