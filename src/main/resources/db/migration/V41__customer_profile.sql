-- Customer card (客户档案卡): the four parts (basic data, characteristics, business status, trading status) and the
-- classifications (trade stage, nature, channel type, volume class, region and route), one row per customer.
create table customer_profile (
    customer_id            bigint primary key references customer (id),
    address                varchar(200),
    legal_person           varchar(100),
    owner_name             varchar(100),
    manager_name           varchar(100),
    founded_on             date,
    first_trade_on         date,
    organisation_form      varchar(100),
    industry               varchar(100),
    registered_capital     numeric(19,2),
    assets                 numeric(19,2),
    service_area           varchar(200),
    sales_capacity         varchar(200),
    growth_potential       varchar(20),
    business_philosophy    varchar(500),
    staff_count            integer,
    annual_revenue         numeric(19,2),
    sales_with_us          varchar(500),
    competitor_relations   varchar(500),
    cooperation_attitude   varchar(20),
    current_activity       varchar(500),
    problems               varchar(500),
    strengths              varchar(500),
    credit_standing        varchar(20),
    trading_terms          varchar(500),
    past_credit_problems   varchar(500),
    trade_stage            varchar(20),
    nature                 varchar(20),
    channel_type           varchar(20),
    volume_class           varchar(20),
    region                 varchar(100),
    route_code             varchar(30),
    visit_order            integer,
    updated_at             timestamp with time zone not null,
    version                bigint not null default 0
);
create index ix_customer_profile_trade_stage on customer_profile (trade_stage);
create index ix_customer_profile_nature on customer_profile (nature);
create index ix_customer_profile_volume_class on customer_profile (volume_class);
create index ix_customer_profile_route on customer_profile (region, route_code, visit_order);
