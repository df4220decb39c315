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

    /**
     * 在账 — the statuses of a vehicle on the stock book (库存台账): physically in the store, owned, not yet handed over.
     * Moving onto the book is an inbound document, moving off it an outbound one ({@link BookKind}).
     */
    public static final Set<StockStatus> ON_BOOK = Collections.unmodifiableSet(EnumSet.of(IN_STOCK, RESERVED, SOLD));

    public boolean ages() {
        return AGEING.contains(this);
    }

    public boolean onBook() {
        return ON_BOOK.contains(this);
    }

    public String messageKey() {
        return "vehicles.status." + name();
    }
}
