package com.autosales.vehicles;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * 库存状态 — where a stock vehicle is in its life: ordered (已订) → in transit (在途) → in stock (在库) → reserved (已锁定)
 * → sold (已售) → delivered (已交车); plus demo car (试驾车) and returned (退回).
 */
public enum StockStatus {
    ORDERED, IN_TRANSIT, IN_STOCK, RESERVED, SOLD, DELIVERED, DEMO, RETURNED;

    /** The statuses whose vehicles stand in the store and age (库龄 counts from arrival). */
    public static final Set<StockStatus> AGEING = Collections.unmodifiableSet(EnumSet.of(IN_STOCK, RESERVED, DEMO));

    /** The statuses a vehicle can be received in: announced, on its way, or arrived. */
    public static final Set<StockStatus> RECEIVABLE = Collections.unmodifiableSet(EnumSet.of(ORDERED, IN_TRANSIT, IN_STOCK));

    public boolean ages() {
        return AGEING.contains(this);
    }

    public String messageKey() {
        return "vehicles.status." + name();
    }
}
