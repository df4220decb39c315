-- 库存台账: each stock movement that puts a car on the book (in stock, reserved, sold: in the store, owned, not yet
-- handed over) or takes it off is an inbound or outbound document of its store. book_kind says which (null: the car
-- stays on or off the book); a transfer between stores is two rows, out of the source and into the target, each
-- naming the other store in counterpart_store_id.
alter table stock_movement add column book_kind varchar(20);
alter table stock_movement add column counterpart_store_id bigint;

update stock_movement set book_kind = case
    when to_status = 'IN_STOCK' and (from_status is null or from_status in ('ORDERED', 'IN_TRANSIT')) then 'FACTORY_IN'
    when to_status = 'IN_STOCK' and from_status in ('DEMO', 'DELIVERED') then 'RETURN_IN'
    when from_status = 'SOLD' and to_status = 'DELIVERED' then 'SALE_OUT'
    when from_status = 'IN_STOCK' and to_status = 'DEMO' then 'DEMO_OUT'
    when from_status in ('IN_STOCK', 'RESERVED', 'SOLD') and to_status = 'RETURNED' then 'FACTORY_RETURN_OUT'
end;

create index ix_stock_movement_book on stock_movement (store_id, moved_at, book_kind);
