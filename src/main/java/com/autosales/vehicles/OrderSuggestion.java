package com.autosales.vehicles;

/**
 * 建议订货量 — enough for next month's expected sales plus one month of cover, less what is already in stock or on its
 * way: {@code max(0, ⌈average monthly sales × 2⌉ − in stock − ordered/in transit)}, the average over the last
 * {@value #SALES_MONTHS} full months.
 */
final class OrderSuggestion {

    static final int SALES_MONTHS = 3;
    /** Months of sales the store wants standing after next month's sales: one month of cover. */
    static final int COVER_MONTHS = 1;

    private OrderSuggestion() {
    }

    static int quantity(int soldInWindow, int inStock, int pipeline) {
        int wanted = Math.floorDiv(soldInWindow * (1 + COVER_MONTHS) + SALES_MONTHS - 1, SALES_MONTHS);
        return Math.max(0, wanted - inStock - pipeline);
    }
}
