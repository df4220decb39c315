package com.autosales.reports;

import com.autosales.performance.PerformanceMetric;

/** The daily pack's headline figures, the funnel stage behind each (for links) and the plan metric that targets it. */
enum SalesSummaryMetric {
    TRAFFIC("VISIT", null),
    LEADS("LEAD", PerformanceMetric.NEW_LEADS),
    TEST_DRIVES("TEST_DRIVE", null),
    ORDERS("ORDER", PerformanceMetric.ORDERS),
    DELIVERIES("DELIVERY", PerformanceMetric.DELIVERIES),
    COLLECTIONS(null, PerformanceMetric.COLLECTIONS);

    private final String funnelStage;
    private final PerformanceMetric target;

    SalesSummaryMetric(String funnelStage, PerformanceMetric target) {
        this.funnelStage = funnelStage;
        this.target = target;
    }

    String funnelStage() {
        return funnelStage;
    }

    PerformanceMetric target() {
        return target;
    }

    boolean money() {
        return this == COLLECTIONS;
    }

    String labelKey() {
        return "reports.summary.metric." + name();
    }

    String monthToDateKey() {
        return "reports.summary.mtd." + name();
    }
}
