package com.autosales.targets;

import com.autosales.performance.PerformanceMetric;
import java.util.List;

/** The five metrics a sales plan sets: units delivered, revenue, gross margin, new customers, collections. */
final class PlanMetrics {

    static final List<PerformanceMetric> ALL = List.of(PerformanceMetric.DELIVERIES, PerformanceMetric.REVENUE,
            PerformanceMetric.GROSS_MARGIN, PerformanceMetric.NEW_CUSTOMERS, PerformanceMetric.COLLECTIONS);

    private PlanMetrics() {
    }

    /** Money to the cent, counts in whole units. */
    static int scaleOf(PerformanceMetric metric) {
        return isMoney(metric) ? 2 : 0;
    }

    static boolean isMoney(PerformanceMetric metric) {
        return metric == PerformanceMetric.REVENUE || metric == PerformanceMetric.GROSS_MARGIN
                || metric == PerformanceMetric.COLLECTIONS;
    }

    static PerformanceMetric require(PerformanceMetric metric) {
        if (metric == null || !ALL.contains(metric)) {
            throw new com.autosales.shared.DomainException("targets.metric-unknown");
        }
        return metric;
    }
}
