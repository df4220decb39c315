-- Customer credit (信用): rating, credit limit, payment terms, and the exposure (open receivables) that payments
-- report; one row per customer, made when a manager first sets credit or when exposure is first reported.
create table customer_credit (
    customer_id          bigint primary key references customer (id),
    rating               varchar(10),
    credit_limit         numeric(19,2),
    payment_days         integer,
    payment_terms        varchar(500),
    exposure             numeric(19,2) not null default 0,
    exposure_at          timestamp with time zone,
    updated_at           timestamp with time zone not null,
    version              bigint not null default 0
);
create index ix_customer_credit_rating on customer_credit (rating);
