-- Customer search at a million cards (PostgreSQL): trigram indexes answer "anywhere in the name / pinyin / phone"
-- (3+ characters), pattern-ops b-trees answer "starts with" (1-2 characters, initials). pg_trgm is a trusted
-- extension: the database owner may create it. H2 has its own V42_1 with plain indexes.
create extension if not exists pg_trgm;
create index ix_customer_name_trgm on customer using gin (lower(name) gin_trgm_ops);
create index ix_customer_pinyin_trgm on customer using gin (name_pinyin gin_trgm_ops);
create index ix_customer_phone_trgm on customer using gin (phone_normalized gin_trgm_ops);
create index ix_customer_name_prefix on customer (lower(name) text_pattern_ops);
create index ix_customer_pinyin_prefix on customer (name_pinyin varchar_pattern_ops);
create index ix_customer_initials_prefix on customer (name_initials varchar_pattern_ops);
create index ix_customer_owner_id on customer (owner_employee_id, id);
drop index ix_customer_owner;
