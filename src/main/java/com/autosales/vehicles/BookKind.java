package com.autosales.vehicles;

import static com.autosales.vehicles.StockStatus.DELIVERED;
import static com.autosales.vehicles.StockStatus.DEMO;

import java.util.Arrays;
import java.util.List;

/**
 * 台账单据类型 — what a stock movement is on the stock book (库存台账): an inbound document (厂家入库, 调拨入库,
 * 退车/回库入库) puts a car on the store's book, an outbound one (销售出库, 调拨出库, 转试驾车, 退厂) takes it off.
 * A status change that keeps a car on the book (reserving, releasing, sold) or off it (dispatched) is none.
 */
public enum BookKind {
    FACTORY_IN(1), TRANSFER_IN(1), RETURN_IN(1), SALE_OUT(-1), TRANSFER_OUT(-1), DEMO_OUT(-1), FACTORY_RETURN_OUT(-1);

    private final int delta;

    BookKind(int delta) {
        this.delta = delta;
    }

    /**
     * The kind of a plain status change ({@code from} {@code null} for a receipt), or {@code null} when the car stays
     * on or off the book. Transfers are not status changes; {@link StockLedger#transfer} writes them.
     */
    static BookKind of(StockStatus from, StockStatus to) {
        boolean wasOnBook = from != null && from.onBook();
        if (!wasOnBook && to.onBook()) {
            return from == DEMO || from == DELIVERED ? RETURN_IN : FACTORY_IN;
        }
        if (wasOnBook && !to.onBook()) {
            return switch (to) {
                case DELIVERED -> SALE_OUT;
                case DEMO -> DEMO_OUT;
                case RETURNED -> FACTORY_RETURN_OUT;
                default -> throw new IllegalArgumentException("no stock-book document for " + from + " -> " + to);
            };
        }
        return null;
    }

    /** +1 for an inbound document, −1 for an outbound one. */
    public int delta() {
        return delta;
    }

    public boolean inbound() {
        return delta > 0;
    }

    static List<BookKind> inbounds() {
        return Arrays.stream(values()).filter(BookKind::inbound).toList();
    }

    static List<BookKind> outbounds() {
        return Arrays.stream(values()).filter(k -> !k.inbound()).toList();
    }

    public String messageKey() {
        return "vehicles.book.kind." + name();
    }
}
