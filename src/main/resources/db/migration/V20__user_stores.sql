-- Stores a user works for besides their home store (a regional manager, a group controller).
create table app_user_store (
    user_id  bigint not null references app_user (id) on delete cascade,
    store_id bigint not null references org_unit (id),
    primary key (user_id, store_id)
);
