-- The customer list's sort orders at a million cards: by name (pinyin) and by last update walk an index
-- instead of sorting every matching card (the same indexes on both engines).
create index ix_customer_order_pinyin on customer (name_pinyin, id);
create index ix_customer_order_updated on customer (updated_at, id);
