package com.autosales.performance;

/**
 * What is counted. Quantities: orders (signed contracts, a cancellation counts −1), deliveries, new customers (first
 * visits), new leads, test drives, follow-ups done and those done on time, satisfaction surveys answered. Amounts:
 * revenue (delivered contracts' amount), gross margin (of deliveries), collections (the ledger, refunds negative),
 * satisfaction (the overall scores, to average).
 */
public enum PerformanceMetric {
    ORDERS, DELIVERIES, REVENUE, GROSS_MARGIN, COLLECTIONS, NEW_CUSTOMERS, NEW_LEADS, TEST_DRIVES, FOLLOW_UPS,
    FOLLOW_UPS_ON_TIME, SATISFACTION;

    public String messageKey() {
        return "performance.metric." + name();
    }
}
