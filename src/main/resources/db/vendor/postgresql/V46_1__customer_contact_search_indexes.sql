-- Searching a million cards by any part of an extra phone or a contact's phone, or by the start of an ID card
-- number / credit code (PostgreSQL; H2 has its own V46_1).
create index ix_customer_extra_phone_trgm on customer_phone using gin (phone_normalized gin_trgm_ops);
create index ix_customer_contact_mobile_trgm on customer_contact using gin (mobile_normalized gin_trgm_ops);
create index ix_customer_contact_office_trgm on customer_contact using gin (office_normalized gin_trgm_ops);
create index ix_customer_identity_id_prefix on customer_identity (id_number varchar_pattern_ops);
create index ix_customer_identity_registration_prefix on customer_identity (registration_no varchar_pattern_ops);
