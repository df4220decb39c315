package com.autosales.reports;

import java.math.BigDecimal;

/**
 * What the sales floor did in some span: showroom traffic, new leads and completed test drives (funnel entries),
 * orders (signed less cancelled), deliveries and collections in yuan (performance facts).
 */
record SalesActivity(long traffic, long leads, long testDrives, long orders, long deliveries, BigDecimal collections) {

    static final SalesActivity ZERO = new SalesActivity(0, 0, 0, 0, 0, BigDecimal.ZERO);

    SalesActivity plus(SalesActivity o) {
        return new SalesActivity(traffic + o.traffic, leads + o.leads, testDrives + o.testDrives, orders + o.orders,
                deliveries + o.deliveries, collections.add(o.collections));
    }

    /** The figure of one headline metric, as a number to compare. */
    BigDecimal of(SalesSummaryMetric metric) {
        return switch (metric) {
            case TRAFFIC -> BigDecimal.valueOf(traffic);
            case LEADS -> BigDecimal.valueOf(leads);
            case TEST_DRIVES -> BigDecimal.valueOf(testDrives);
            case ORDERS -> BigDecimal.valueOf(orders);
            case DELIVERIES -> BigDecimal.valueOf(deliveries);
            case COLLECTIONS -> collections;
        };
    }
}
